package io.anxin.channel.wechat;

/** A setting under {@code anxin.channels.wechat} that cannot work; the message names it and says what it must be. */
public final class InvalidWechatSettingsException extends RuntimeException {

    public InvalidWechatSettingsException(String message) {
        super(message);
    }
}
