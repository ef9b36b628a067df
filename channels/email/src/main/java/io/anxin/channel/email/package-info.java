/** The customer-service mailboxes: letters in over IMAP, answers out over SMTP, threaded by Message-ID and ticket number. */
@NullMarked
package io.anxin.channel.email;

import org.jspecify.annotations.NullMarked;
