package io.anxin.channel.desk;

import io.anxin.core.desk.Staff;
import io.anxin.core.ticket.TicketNumber;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Who is signed in, and ticket numbers from paths, for every desk controller. */
final class Staffs {

    private Staffs() {}

    static Mono<Staff> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(p -> ((Authentication) p).getPrincipal())
                .filter(StaffPrincipal.class::isInstance)
                .map(p -> ((StaffPrincipal) p).staff())
                .switchIfEmpty(Mono.error(NotSignedInException::new));
    }

    /** A malformed number names no ticket: the same 404 as an unknown one. */
    static TicketNumber ticketNumber(String number) {
        try {
            return TicketNumber.parse(number);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(number);
        }
    }
}
