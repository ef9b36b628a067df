package io.anxin.app.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.anxin.app.AnxinApplication;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.message.Channel;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Letters to the customer-service mailbox as customers write them, read over IMAP (IDLE) and answered over SMTP by
 * the whole application, on GreenMail and an embedded Redis.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmailChannelIT {

    private static final String SUPPORT = "kefu@bank.example";
    private static final Pattern TICKET = Pattern.compile("\\[([CSQ]-\\d{6}-\\d{4,9})]");

    @TempDir
    static Path redisData;

    static final GreenMail mail = start();

    private static GreenMail start() {
        try {
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, "kefu", "secret"));
            greenMail.start();
            return greenMail;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
        String box = "anxin.channels.email.mailboxes[0].";
        registry.add(box + "id", () -> "kefu");
        registry.add(box + "imap.host", () -> "127.0.0.1");
        registry.add(box + "imap.port", () -> mail.getImap().getPort());
        registry.add(box + "imap.ssl", () -> false);
        registry.add(box + "imap.user", () -> "kefu");
        registry.add(box + "imap.password", () -> "secret");
        registry.add(box + "from", () -> SUPPORT);
        registry.add(box + "idle", () -> true);
        registry.add(box + "pack", () -> "default"); // ConversationEngines.forPack, as a second mailbox would
        registry.add("anxin.channels.email.poll-every", () -> "1s");
        // no smtp of its own: the shared spring.mail sender, which tells the departments too
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("anxin.outbox.poll-every", () -> "200ms");
    }

    @Autowired
    TicketStore tickets;

    @Autowired
    ConversationStore conversations;

    private static Session smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    private static String customer() {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private static MimeMessage letter(String from, String subject, String body, String charset, String subtype)
            throws MessagingException {
        MimeMessage letter = new MimeMessage(smtp());
        letter.setFrom(new InternetAddress(from));
        letter.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        letter.setSubject(subject, charset);
        letter.setText(body, charset, subtype);
        letter.saveChanges();
        return letter;
    }

    private static void send(MimeMessage letter) throws MessagingException {
        Transport.send(letter);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage firstMailTo(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(address).isEmpty());
        return mailTo(address).get(0);
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ticketIn(MimeMessage answer) throws MessagingException {
        Matcher m = TICKET.matcher(answer.getSubject());
        assertThat(m.find()).as("ticket number in the subject '%s'", answer.getSubject()).isTrue();
        return m.group(1);
    }

    @Test
    void a_complaint_in_gbk_html_gets_a_ticket_and_a_formal_acknowledgement_and_its_reply_lands_on_the_same_ticket()
            throws Exception {
        String customer = customer();
        String html = "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
                + "<p>你们银行APP提现三天了还没到账，客服电话一直打不通，太过分了！我要投诉！</p>"
                + "<div>--<br>张先生</div></body></html>";
        MimeMessage complaint = letter(customer, "投诉：提现三天未到账", html, "GBK", "html");
        assertThat(complaint.getContentType()).containsIgnoringCase("charset=GBK");
        send(complaint);

        MimeMessage acknowledgement = firstMailTo(customer);
        String number = ticketIn(acknowledgement);
        String body = (String) acknowledgement.getContent();
        assertThat(body).contains("尊敬的客户", number, "此致").doesNotContain("alert");
        assertThat(acknowledgement.getSubject()).isEqualTo("Re: [" + number + "] 投诉：提现三天未到账");
        assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(acknowledgement.getHeader("In-Reply-To", null)).isEqualTo(complaint.getMessageID());
        assertThat(acknowledgement.getMessageID()).startsWith("<anxin.").endsWith("@bank.example>");

        Ticket ticket = tickets.find(TicketNumber.parse(number)).block();
        assertThat(ticket).isNotNull();
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.content()).contains("提现三天了还没到账").doesNotContain("张先生", "color");

        // The customer answers from their phone's mail app: quoted history below, a signature, another address.
        String colleague = customer();
        MimeMessage reply = letter(colleague, "Re: " + acknowledgement.getSubject(),
                "补充一下：我11月20日下午提交的5000元提现，到现在还没到账，你们必须尽快处理！\n\n发自我的iPhone\n\n> " + body.replace("\n", "\n> "),
                "UTF-8", "plain");
        reply.setHeader("In-Reply-To", acknowledgement.getMessageID());
        reply.setHeader("References", complaint.getMessageID() + " " + acknowledgement.getMessageID());
        send(reply);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(customer).size() == 2);
        MimeMessage second = mailTo(customer).get(1);
        assertThat(ticketIn(second)).isEqualTo(number);
        assertThat((String) second.getContent()).contains("已记入工单 " + number);
        assertThat(second.getHeader("In-Reply-To", null)).isEqualTo(reply.getMessageID());
        assertThat(mailTo(colleague)).as("answers go to the conversation's address, not to a new sender").isEmpty();
        var conversation = conversations.find(ticket.conversationId()).block();
        assertThat(conversation).isNotNull();
        assertThat(conversation.turns()).isEqualTo(2);
    }

    @Test
    void a_letter_that_lost_its_thread_is_matched_by_the_ticket_number_in_its_subject_and_answered_at_the_tickets_address()
            throws Exception {
        String customer = customer();
        send(letter(customer, "投诉", "你们网点柜员态度太差了，我要投诉！", "UTF-8", "plain"));
        String number = ticketIn(firstMailTo(customer));

        // the customer's spouse writes from their own address, in a new letter that names the ticket
        String spouse = customer();
        send(letter(spouse, "关于 [" + number + "] 的补充", "补充一下投诉：那个柜员还当众嘲讽我们，态度太差了！", "UTF-8", "plain"));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(customer).size() == 2);
        assertThat(ticketIn(mailTo(customer).get(1))).isEqualTo(number);
        assertThat((String) mailTo(customer).get(1).getContent()).contains("已记入工单 " + number);
        assertThat(mailTo(spouse)).isEmpty();
    }

    @Test
    void an_out_of_office_reply_gets_no_answer() throws Exception {
        String away = customer();
        MimeMessage outOfOffice = letter(away, "自动回复：您的来信", "我目前休假，11月30日返回，期间不查看邮件。", "UTF-8", "plain");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        send(outOfOffice);
        MimeMessage vacation = letter(customer(), "Out of Office: Re: [C-202611-0001] Your letter",
                "I am out of the office until Monday.", "UTF-8", "plain");
        send(vacation);
        // a person's letter after them: once it is answered, the two before it have been read
        String person = customer();
        send(letter(person, "咨询", "请问你们的理财产品怎么赎回？", "UTF-8", "plain"));

        firstMailTo(person);
        assertThat(mailTo(away)).isEmpty();
        assertThat(mailTo(vacation.getFrom()[0].toString())).isEmpty();
    }

    @Test
    void a_whistle_blowing_letter_is_acknowledged_without_revealing_anything_and_goes_to_compliance_only()
            throws Exception {
        String whistleBlower = customer();
        send(letter(whistleBlower, "反映一个情况", "我要举报你们客户经理王某私下收取客户好处费，违规操作。", "GB18030", "plain"));

        MimeMessage receipt = firstMailTo(whistleBlower);
        String number = ticketIn(receipt);
        assertThat(receipt.getSubject()).isEqualTo("[" + number + "] 您的来信");
        assertThat((String) receipt.getContent()).contains(number, "严格保密").doesNotContain("王某", "好处费", "客户经理");
        assertThat(tickets.find(TicketNumber.parse(number)).block().confidential()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo("compliance@example.com").stream()
                .anyMatch(m -> subject(m).contains(number)));
        MimeMessage toCompliance = mailTo("compliance@example.com").stream().filter(m -> subject(m).contains(number))
                .findFirst().orElseThrow();
        assertThat(toCompliance.getSubject()).contains("保密", number);
        assertThat((String) toCompliance.getContent()).contains("好处费").doesNotContain(whistleBlower);
        Thread.sleep(1000); // the outbox had its chance to send anything else
        for (MimeMessage sent : mail.getReceivedMessages()) {
            String subject = sent.getSubject();
            if (subject != null && subject.contains(number)) {
                String to = ((InternetAddress) sent.getAllRecipients()[0]).getAddress();
                assertThat(to).as("who heard of the whistle-blowing letter")
                        .isIn(whistleBlower, "compliance@example.com", "gm-office@example.com");
            }
        }
    }

    @Test
    void a_letter_read_again_after_a_crash_before_it_was_marked_done_is_answered_once() throws Exception {
        String customer = customer();
        MimeMessage complaint = letter(customer, "投诉", "你们的网点柜员态度太差了，我要投诉！", "UTF-8", "plain");
        send(complaint);
        MimeMessage acknowledgement = firstMailTo(customer);
        String number = ticketIn(acknowledgement);

        // What an instance that crashed after the engine persisted, before it marked the letter \Seen, leaves
        // behind: the same letter unseen in the mailbox. (It is delivered again, with its Message-ID.)
        String messageId = complaint.getMessageID();
        send(new MimeMessage(complaint) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // sending would otherwise give the copy a new one
            }
        });
        String other = customer();
        send(letter(other, "咨询", "请问信用卡年费怎么收？", "UTF-8", "plain"));
        firstMailTo(other);
        Thread.sleep(1000);

        assertThat(mailTo(customer)).hasSize(1);
        Ticket ticket = tickets.find(TicketNumber.parse(number)).block();
        assertThat(conversations.find(ticket.conversationId()).block().turns()).isEqualTo(1);
        assertThat(tickets.nextNumber(ticket.type(), ticket.number().month()).block().serial())
                .as("no second ticket was drawn").isGreaterThan(ticket.number().serial());
    }
}
