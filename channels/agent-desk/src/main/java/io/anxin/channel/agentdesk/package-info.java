/** The agent desk's web pages: sign-in, live queue, conversation, ticket panel, supervisor and compliance views. */
@NullMarked
package io.anxin.channel.agentdesk;

import org.jspecify.annotations.NullMarked;
