package io.anxin.channel.desk;

import io.anxin.core.desk.DeskTickets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/**
 * Switches the desk API on unless {@code anxin.channels.desk.enabled=false}. Who may call it is the
 * application's security configuration; what each role may do is {@link DeskTickets}'.
 */
@AutoConfiguration
@ConditionalOnBean(DeskTickets.class)
@ConditionalOnProperty(prefix = "anxin.channels.desk", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({DeskController.class, SupervisorController.class, ConversationsController.class, DeskProblems.class})
public class DeskApiAutoConfiguration {}
