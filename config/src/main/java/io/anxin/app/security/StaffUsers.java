package io.anxin.app.security;

import io.anxin.app.policy.UsersFiles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import reactor.core.publisher.Mono;

/** The desk users, looked up by their exact id (Spring's map-backed service would fold case). */
final class StaffUsers implements ReactiveUserDetailsService {

    private final Map<String, StaffUser> byId;

    StaffUsers(List<UsersFiles.Account> accounts) {
        this.byId = accounts.stream().map(StaffUser::new)
                .collect(Collectors.toUnmodifiableMap(StaffUser::getUsername, Function.identity()));
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.justOrEmpty(byId.get(username));
    }

    int size() {
        return byId.size();
    }
}
