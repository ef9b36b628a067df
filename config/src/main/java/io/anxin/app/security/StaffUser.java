package io.anxin.app.security;

import io.anxin.app.policy.UsersFiles;
import io.anxin.channel.desk.StaffPrincipal;
import io.anxin.core.desk.Staff;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A desk user as Spring Security checks them (roles as {@code ROLE_AGENT}, …) and as the desk knows them. */
final class StaffUser implements UserDetails, StaffPrincipal {

    private final Staff staff;
    private final String passwordHash;

    StaffUser(UsersFiles.Account account) {
        this.staff = account.staff();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public Staff staff() {
        return staff;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = staff.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.id();
    }

    @Override
    public String toString() {
        // never the hash: this may end up in a log line
        return "StaffUser[" + staff.id() + ", roles " + staff.roles() + "]";
    }
}
