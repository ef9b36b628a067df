package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.attachment.Attachment;
import io.anxin.core.attachment.AttachmentTooLargeException;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.testing.TemporaryRedis;
import io.anxin.core.testing.TestRedis;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisAttachmentStoreIT {

    private static final Instant T0 = Instant.parse("2026-11-16T02:00:00Z");
    private static final ConversationId CONVERSATION = new ConversationId("cv-0123456789abcdef01234567");

    @RegisterExtension
    static final TemporaryRedis redis = new TemporaryRedis();

    private TestRedis.Connection connection;
    private RedisAttachmentStore store;

    @BeforeEach
    void emptyRedis() {
        connection = redis.connect();
        connection.sync().flushall();
        store = new RedisAttachmentStore(connection.reactive(), 16);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void a_stored_attachment_is_listed_with_its_conversation_and_its_bytes_come_back_unchanged() {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 0x00, 0x7C, 0x0A};
        store.store(attachment("wx-media-1", "发票 2026.jpg", "image/jpeg", 5, T0), photo).block();
        store.store(attachment("wx-media-2", "note.txt", "text/plain", 2, T0.plusSeconds(1)), "hi".getBytes(StandardCharsets.UTF_8))
                .block();

        assertThat(store.of(CONVERSATION).collectList().block())
                .extracting(Attachment::id, Attachment::fileName, Attachment::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wx-media-1", "发票 2026.jpg", 5L),
                        org.assertj.core.groups.Tuple.tuple("wx-media-2", "note.txt", 2L));
        assertThat(store.content(CONVERSATION, "wx-media-1").block()).isEqualTo(photo);
    }

    @Test
    void a_retried_attachment_keeps_the_first_one_and_adds_nothing() {
        store.store(attachment("mail-7", "a.pdf", "application/pdf", 3, T0), new byte[] {1, 2, 3}).block();

        Attachment kept = store.store(attachment("mail-7", "b.pdf", "application/pdf", 2, T0.plusSeconds(9)), new byte[] {9, 9})
                .block();

        assertThat(kept.fileName()).isEqualTo("a.pdf");
        assertThat(store.of(CONVERSATION).collectList().block()).hasSize(1);
        assertThat(store.content(CONVERSATION, "mail-7").block()).containsExactly(1, 2, 3);
    }

    @Test
    void an_attachment_over_the_limit_is_refused_whole_and_nothing_is_kept() {
        assertThatThrownBy(() -> store.store(attachment("big", "big.bin", "application/octet-stream", 17, T0), new byte[17])
                .block())
                .isInstanceOf(AttachmentTooLargeException.class)
                .hasMessageContaining("limit of 16 bytes");
        assertThat(store.of(CONVERSATION).collectList().block()).isEmpty();
        assertThat(store.content(CONVERSATION, "big").blockOptional()).isEmpty();
    }

    private static Attachment attachment(String id, String name, String type, long size, Instant at) {
        return new Attachment(id, CONVERSATION, name, type, size, at);
    }
}
