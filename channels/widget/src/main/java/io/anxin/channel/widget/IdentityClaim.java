package io.anxin.channel.widget;

import org.jspecify.annotations.Nullable;

/**
 * Who the widget says is writing, as sent: a visitor id, or a user id with the host app's timestamp (Unix
 * seconds) and signature. Checked by {@link IdentityVerifier}.
 */
record IdentityClaim(@Nullable String visitor, @Nullable String user, @Nullable String timestamp,
        @Nullable String signature) {}
