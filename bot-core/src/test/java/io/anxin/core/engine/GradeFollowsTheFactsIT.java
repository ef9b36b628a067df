package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.testing.ConversationFlow;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.triage.RiskFlag;
import io.lettuce.core.Range;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 000 part 1 §3: a complaint's grade follows what the customer goes on to say, not only its first message. */
class GradeFollowsTheFactsIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());

    @Test
    void a_threat_of_media_exposure_in_a_later_message_raises_the_open_complaint_to_grade_1() {
        FixedTriager triager = new FixedTriager()
                .complaint("物业费收了，电梯一个月没修", 1)
                .complaint("再不修我就找电视台曝光你们", 3, Lang.ZH_HANS, RiskFlag.MEDIA);
        ConversationFlow customer = new ConversationFlow(TestEngine.engine(triager, clock), Channel.API, clock);

        customer.send("物业费收了，电梯一个月没修").assertNewTicket("complaint");
        TicketNumber number = TicketNumber.parse(customer.answer().ticket().number());
        assertThat(tickets.find(number).block().grade()).isEqualTo(Grade.FOUR);

        customer.send("再不修我就找电视台曝光你们");

        Ticket raised = tickets.find(number).block();
        assertThat(raised.grade()).isEqualTo(Grade.ONE);
        assertThat(raised.flags()).contains(RiskFlag.MEDIA);
        assertThat(TestEngine.sync().xrange("anxin:{" + number + "}:events", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("event")).contains("flags:media grade:1");
    }
}
