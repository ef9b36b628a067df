package io.anxin.channel.email;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP sender and From address of each mailbox: its own server, or the shared {@code spring.mail.*} sender. */
final class MailSenders {

    record Sender(String mailbox, JavaMailSender mail, String from) {}

    private final Map<String, Sender> byMailbox = new LinkedHashMap<>();

    MailSenders(EmailProperties settings, @Nullable JavaMailSender shared) {
        for (EmailProperties.Mailbox box : settings.mailboxes()) {
            JavaMailSender mail = box.smtp() != null ? own(box.smtp()) : shared;
            if (mail == null) {
                throw new IllegalStateException("anxin.channels.email.mailboxes '" + box.id() + "' has no smtp settings"
                        + " and no shared mail server is configured (spring.mail.host): its answers could not be sent");
            }
            byMailbox.put(box.id(), new Sender(box.id(), mail, box.from()));
        }
    }

    private static JavaMailSender own(EmailProperties.Server smtp) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(smtp.host());
        mail.setPort(smtp.port());
        mail.setUsername(smtp.user());
        mail.setPassword(smtp.password());
        mail.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        if (smtp.ssl()) {
            mail.setProtocol("smtps");
            properties.put("mail.smtps.auth", Boolean.toString(smtp.user() != null));
            properties.put("mail.smtps.connectiontimeout", "10000");
            properties.put("mail.smtps.timeout", "30000");
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        } else {
            // STARTTLS where offered (port 587); a plain local relay still works
            properties.put("mail.smtp.starttls.enable", "true");
        }
        mail.setJavaMailProperties(properties);
        return mail;
    }

    /** The mailbox's sender; for a thread whose mailbox is no longer configured, the first mailbox's. */
    @Nullable Sender of(@Nullable String mailbox) {
        Sender sender = mailbox != null ? byMailbox.get(mailbox) : null;
        return sender != null ? sender : byMailbox.values().stream().findFirst().orElse(null);
    }
}
