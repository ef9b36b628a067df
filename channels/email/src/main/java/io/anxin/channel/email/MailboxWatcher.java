package io.anxin.channel.email;

import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.privacy.PersonalData;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one mailbox: every unseen letter is taken in, then marked \Seen, only once the intake has completed; a letter
 * whose intake failed stays unseen and is read again. Between reads it waits with IMAP IDLE when the server offers
 * it (renewed every {@code idle-recycle}), else it polls. Reading never marks a letter seen by itself
 * ({@code mail.imap.peek}). Several instances may read one mailbox: the engine and the outbox do nothing twice for
 * the same Message-ID, so a letter read by two is still answered once.
 */
final class MailboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

    /** The longest one letter may take: the engine's lease wait and a few Redis round trips. */
    private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(60);

    private final EmailProperties.Mailbox box;
    private final ConversationEngine engine;
    private final MailIntake intake;
    private final EmailProperties settings;
    private final Clock clock;
    private final Session session;
    private final String protocol;
    private final ScheduledExecutorService waker;
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile @Nullable Thread thread;
    private volatile @Nullable IMAPFolder open;

    MailboxWatcher(EmailProperties.Mailbox box, ConversationEngine engine, MailIntake intake, EmailProperties settings,
            Clock clock) {
        this.box = box;
        this.engine = engine;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
        EmailProperties.Server imap = box.imap();
        this.protocol = imap.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "60000");
        properties.put("mail." + protocol + ".writetimeout", "30000");
        if (imap.ssl()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
        this.waker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "email-idle-" + box.id());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        running = true;
        Thread t = new Thread(this::run, "email-" + box.id());
        t.setDaemon(true);
        thread = t;
        t.start();
        long every = settings.idleRecycle().toMillis();
        waker.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
    }

    void stop() {
        stopping = true;
        running = false;
        waker.shutdownNow();
        Thread t = thread;
        if (t != null) {
            wake();
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the current IDLE (a command on the folder from another thread ends it), so the loop looks again. */
    private void wake() {
        IMAPFolder folder = open;
        if (folder != null && folder.isOpen()) {
            try {
                folder.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                log.debug("mailbox {}: waking the IDLE failed: {}", box.id(), e.toString());
            }
        }
    }

    private void run() {
        while (running) {
            EmailProperties.Server imap = box.imap();
            try (Store store = session.getStore(protocol)) {
                store.connect(imap.host(), imap.port(), imap.user(), imap.password());
                if (store instanceof IMAPStore s && s.hasCapability("ID")) {
                    // RFC 2971; NetEase (163/126) refuses clients that do not say who they are ("Unsafe Login")
                    s.id(java.util.Map.of("name", "Anxin", "vendor", "Anxin", "version", "1"));
                }
                IMAPFolder folder = (IMAPFolder) store.getFolder(box.folder());
                folder.open(Folder.READ_WRITE);
                open = folder;
                boolean idle = box.idle() && store instanceof IMAPStore s && s.hasCapability("IDLE");
                log.info("mailbox {}: reading {} on {}:{} ({})", box.id(), box.folder(), imap.host(), imap.port(),
                        idle ? "IDLE" : "polling every " + settings.pollEvery());
                while (running && folder.isOpen()) {
                    Drained drained = drain(folder);
                    if (!running) {
                        break;
                    }
                    if (drained == Drained.SOME) {
                        continue; // letters may have come while these were taken in: look before waiting
                    }
                    if (idle && drained == Drained.NONE) {
                        folder.idle(true);
                    } else {
                        Thread.sleep(settings.pollEvery().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    log.warn("mailbox {}: {}; connecting again in {}", box.id(), PersonalData.mask(e.toString()),
                            settings.reconnectDelay());
                }
            } finally {
                open = null;
            }
            pause(settings.reconnectDelay());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * A letter that cannot be read (broken MIME) or made into a message will fail the same way every time: it is
     * flagged and marked seen, left in the mailbox for a person to read, instead of holding up the letters after it.
     */
    private void unreadable(Message message, Exception e) throws MessagingException {
        log.error("mailbox {}: a letter cannot be read ({}): flagged and left in the mailbox for a person to read",
                box.id(), PersonalData.mask(String.valueOf(e)));
        message.setFlags(new Flags(Flags.Flag.FLAGGED), true);
        message.setFlag(Flags.Flag.SEEN, true);
    }

    /** What one look at the mailbox found. */
    enum Drained { NONE, SOME, FAILED }

    /** Takes every unseen letter; whether there were some and all were taken (else the loop looks again after a pause). */
    Drained drain(Folder folder) throws MessagingException {
        Drained drained = Drained.NONE;
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            if (stopping) {
                return Drained.FAILED;
            }
            if (message.isSet(Flags.Flag.DELETED)) {
                continue;
            }
            Letter letter;
            try {
                // a copy read in full (peek: still unseen on the server until marked below)
                letter = LetterReader.read(new MimeMessage((MimeMessage) message), clock.instant());
            } catch (IOException | MessagingException | RuntimeException e) {
                unreadable(message, e);
                continue;
            }
            try {
                intake.take(box.id(), engine, letter).block(TAKE_TIMEOUT);
                message.setFlag(Flags.Flag.SEEN, true);
                drained = drained == Drained.FAILED ? drained : Drained.SOME;
            } catch (InvalidMessageException e) {
                unreadable(message, e);
            } catch (Exception e) {
                drained = Drained.FAILED;
                log.warn("mailbox {}: a letter could not be taken in and stays unseen, to be read again: {}", box.id(),
                        PersonalData.mask(String.valueOf(e)));
            }
        }
        return drained;
    }
}
