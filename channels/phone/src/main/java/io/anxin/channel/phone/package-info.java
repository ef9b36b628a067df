/** The hotline on Twilio: the voice menu through the conversation engine, agents' queues, voice messages, call records and SMS. */
@NullMarked
package io.anxin.channel.phone;

import org.jspecify.annotations.NullMarked;
