/** Attachments: the images, voice notes and files a customer sends with a conversation, kept beside it for agents. */
@NullMarked
package io.anxin.core.attachment;

import org.jspecify.annotations.NullMarked;
