package io.anxin.channel.phone;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The hotline's settings ({@code anxin.channels.phone.*}), checked at start-up: a wrong one stops the start with the
 * setting named, rather than a hotline that answers every call with Twilio's "application error".
 *
 * @param accountSid      the Twilio account (AC…)
 * @param authToken       its primary auth token: it signs every webhook, and a wrong one refuses every call
 * @param publicBaseUrl   the address Twilio calls us at, as configured in the Twilio console (scheme, host, port,
 *                        path prefix): the signature covers it, and behind a proxy it cannot be read off the request
 * @param number          the hotline number (E.164), the sender of our SMS
 * @param apiBaseUrl      where the Twilio REST API is ({@code https://api.twilio.com}; tests point it elsewhere)
 * @param speechLanguage  the Mandarin speech recognition language ({@code zh-CN})
 * @param englishSpeech   the English one, when the caller pressed the English key ({@code en-US})
 * @param answerWithin    how long a webhook waits for the engine before it plays a holding phrase and redirects:
 *                        well inside Twilio's 15 s
 * @param minConfidence   speech recognised with less confidence (0..1) is asked again instead of acted on
 * @param recordMaxLength the longest voice message out of hours
 * @param statusLink      the progress link in the SMS, with {@code {ticket}} and {@code {conversation}}
 * @param agents          desk agent id → the phone number the agent calls the agent line from
 * @param pack            the policy pack the hotline follows, or null for the active one
 */
record PhoneSettings(String accountSid, String authToken, URI publicBaseUrl, String number, URI apiBaseUrl,
        String speechLanguage, String englishSpeech, Duration answerWithin, double minConfidence,
        Duration recordMaxLength, String statusLink, Map<String, String> agents, @Nullable String pack) {

    private static final String PREFIX = "anxin.channels.phone.";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    PhoneSettings {
        List<String> problems = new ArrayList<>();
        if (accountSid == null || !accountSid.matches("AC[0-9a-fA-F]{32}")) {
            problems.add(PREFIX + "account-sid must be the Twilio account SID (AC and 32 hex digits)");
        }
        if (authToken == null || authToken.isBlank()) {
            problems.add(PREFIX + "auth-token must be the account's primary auth token");
        }
        if (publicBaseUrl == null || !publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
                || !List.of("http", "https").contains(publicBaseUrl.getScheme()) || publicBaseUrl.getRawQuery() != null) {
            problems.add(PREFIX + "public-base-url must be the absolute http(s) address Twilio calls, without a query,"
                    + " was '" + publicBaseUrl + "'");
        }
        if (number == null || !E164.matcher(number).matches()) {
            problems.add(PREFIX + "number must be the hotline number in E.164 form (+8610…), was '" + number + "'");
        }
        if (apiBaseUrl == null || !apiBaseUrl.isAbsolute()) {
            problems.add(PREFIX + "api-base-url must be an absolute address");
        }
        if (answerWithin == null || answerWithin.isNegative() || answerWithin.compareTo(Duration.ofSeconds(10)) > 0) {
            problems.add(PREFIX + "answer-within must be between 0 and 10s (Twilio gives up after 15s), was " + answerWithin);
        }
        if (minConfidence < 0 || minConfidence > 1) {
            problems.add(PREFIX + "min-confidence must be between 0 and 1, was " + minConfidence);
        }
        if (recordMaxLength == null || recordMaxLength.toSeconds() < 10 || recordMaxLength.toHours() >= 4) {
            problems.add(PREFIX + "record-max-length must be between 10s and 4h, was " + recordMaxLength);
        }
        if (statusLink == null || !statusLink.contains("{ticket}")) {
            problems.add(PREFIX + "status-link must contain {ticket}, was '" + statusLink + "'");
        }
        agents = Map.copyOf(agents);
        agents.forEach((agent, phone) -> {
            if (!E164.matcher(phone).matches()) {
                problems.add(PREFIX + "agents." + agent + " must be a phone number in E.164 form");
            }
        });
        if (pack != null && pack.isBlank()) {
            pack = null;
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the hotline is misconfigured: " + String.join("; ", problems));
        }
        String base = publicBaseUrl.toString();
        publicBaseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** The absolute URL Twilio is given for one of our paths (and signs its requests to). */
    String url(String pathAndQuery) {
        return publicBaseUrl + pathAndQuery;
    }

    /** The path prefix of the public base URL, which a proxy may strip before the request reaches us. */
    String publicPath() {
        return publicBaseUrl.getRawPath() == null ? "" : publicBaseUrl.getRawPath();
    }

    /** The agent whose phone this is, if any. */
    @Nullable String agentCalling(String from) {
        return agents.entrySet().stream().filter(e -> e.getValue().equals(from)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
