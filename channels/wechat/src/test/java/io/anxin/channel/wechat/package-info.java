/** Tests of the WeChat channel's parts: settings, message keys, and the access token shared in Redis. */
@NullMarked
package io.anxin.channel.wechat;

import org.jspecify.annotations.NullMarked;
