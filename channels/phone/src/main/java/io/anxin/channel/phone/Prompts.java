package io.anxin.channel.phone;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.script.ScriptLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hotline's own sentences ({@code phone.*} in the script files, three languages), checked at start-up: a caller
 * must never hear silence, or another language, for want of a line.
 */
final class Prompts {

    static final String GREETING = "phone.greeting";
    static final String MENU = "phone.menu";
    static final String CHOOSE_LANGUAGE = "phone.choose-language";
    static final String NOT_HEARD = "phone.not-heard";
    static final String OFFER_KEYS = "phone.offer-keys";
    static final String HOLDING = "phone.holding";
    static final String STILL_HOLDING = "phone.still-holding";
    static final String ANYTHING_ELSE = "phone.anything-else";
    static final String GOODBYE = "phone.goodbye";
    static final String QUEUE_AHEAD = "phone.queue.ahead";
    static final String QUEUE_NEXT = "phone.queue.next";
    static final String AFTER_HOURS = "phone.after-hours";
    static final String VOICE_MESSAGE_REGISTERED = "phone.voice-message.registered";
    static final String VOICE_MESSAGE_NONE = "phone.voice-message.none";
    static final String VOICE_MESSAGE_TICKET = "phone.voice-message.ticket";
    static final String MISSED_CALL_TICKET = "phone.missed-call.ticket";
    static final String SMS_TICKET = "phone.sms.ticket";
    static final String AGENT_CONNECTING = "phone.agent.connecting";
    static final String AGENT_NONE = "phone.agent.none";
    static final String HANDOFF_OPTION = "handoff.option";

    static String prompt(String topic) {
        return "phone.prompt." + topic;
    }

    private static final Map<String, Map<String, String>> SAMPLE = Map.of(
            QUEUE_AHEAD, Map.of("ahead", "1"),
            VOICE_MESSAGE_REGISTERED, Map.of("ticket", "Q-202611-0001", "date", "1"),
            VOICE_MESSAGE_TICKET, Map.of("recording", "x"),
            SMS_TICKET, Map.of("ticket", "C-202611-0001", "dueBy", "1", "link", "x"));

    private final ScriptLibrary scripts;

    Prompts(ScriptLibrary scripts) {
        this.scripts = scripts;
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(GREETING, MENU, CHOOSE_LANGUAGE, NOT_HEARD, OFFER_KEYS, HOLDING,
                STILL_HOLDING, ANYTHING_ELSE, GOODBYE, QUEUE_AHEAD, QUEUE_NEXT, AFTER_HOURS, VOICE_MESSAGE_REGISTERED,
                VOICE_MESSAGE_NONE, VOICE_MESSAGE_TICKET, MISSED_CALL_TICKET, SMS_TICKET, AGENT_CONNECTING, AGENT_NONE));
        for (String topic : List.of("complaint", "suggestion", "inquiry")) {
            keys.add(prompt(topic));
        }
        for (Lang lang : Lang.values()) {
            for (String key : keys) {
                try {
                    scripts.render(key, lang, Channel.PHONE, SAMPLE.getOrDefault(key, Map.of()));
                } catch (IllegalArgumentException e) {
                    missing.add(lang.tag() + ": " + e.getMessage());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the hotline's sentences are incomplete in the script files (add them under"
                    + " phone: in scripts/<lang>.yml): " + String.join("; ", missing));
        }
    }

    String say(String key, Lang lang) {
        return say(key, lang, Map.of());
    }

    String say(String key, Lang lang, Map<String, String> variables) {
        return scripts.render(key, lang, Channel.PHONE, variables);
    }
}
