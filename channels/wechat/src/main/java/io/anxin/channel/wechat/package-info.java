/** The WeChat official account channel: the server endpoint per account, replies in time or later, and its courier. */
@NullMarked
package io.anxin.channel.wechat;

import org.jspecify.annotations.NullMarked;
