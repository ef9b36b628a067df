package io.anxin.channel.api;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/** Switches the open HTTP channel on unless {@code anxin.channels.api.enabled=false}. */
@AutoConfiguration
@ConditionalOnProperty(prefix = "anxin.channels.api", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({MessagesController.class, ApiProblems.class})
public class ApiChannelAutoConfiguration {}
