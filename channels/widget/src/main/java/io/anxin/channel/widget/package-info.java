/** The in-app chat widget: its WebSocket, the customer's tickets and feedback form, and the ES modules it is made of. */
@NullMarked
package io.anxin.channel.widget;

import org.jspecify.annotations.NullMarked;
