package io.anxin.channel.wechat;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channel's settings ({@code anxin.channels.wechat.*}), checked when the application starts: a mistyped account
 * stops the start with a message naming the setting, instead of refusing every message WeChat sends later.
 *
 * @param accounts   the official accounts this deployment answers, each at {@code /wechat/{id}}
 * @param apiHost    where the WeChat API is ({@code https://api.weixin.qq.com}; a proxy, or WireMock in tests); no
 *                   trailing slash, WxJava appends the paths
 * @param replyWithin how long a message waits for the engine before WeChat gets {@code success} and the answer
 *                   follows as a customer-service message: WeChat gives up after 5 s, so keep a margin
 * @param window     how long after the customer's last message customer-service messages may be sent (48 h)
 * @param menu       the event keys of the menu's buttons
 */
@ConfigurationProperties(prefix = "anxin.channels.wechat")
public record WechatProperties(@Nullable List<Account> accounts, @Nullable String apiHost, @Nullable Duration replyWithin,
        @Nullable Duration window, @Nullable Menu menu) {

    static final String PREFIX = "anxin.channels.wechat";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

    public WechatProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        apiHost = apiHost == null || apiHost.isBlank() ? "https://api.weixin.qq.com" : apiHost.strip();
        if (apiHost.endsWith("/")) {
            throw new InvalidWechatSettingsException(PREFIX + ".api-host must not end with '/' (WxJava appends"
                    + " paths that begin with one), was " + apiHost);
        }
        requireHttp(PREFIX + ".api-host", apiHost);
        replyWithin = replyWithin == null ? Duration.ofMillis(4000) : replyWithin;
        if (replyWithin.isNegative() || replyWithin.isZero() || replyWithin.compareTo(Duration.ofMillis(4500)) > 0) {
            throw new InvalidWechatSettingsException(PREFIX + ".reply-within must be more than 0 and at most 4.5s"
                    + " (WeChat waits 5 s for an answer), was " + replyWithin);
        }
        window = window == null ? Duration.ofHours(48) : window;
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(48)) > 0) {
            throw new InvalidWechatSettingsException(PREFIX + ".window must be more than 0 and at most 48h"
                    + " (WeChat refuses customer-service messages later), was " + window);
        }
        menu = menu == null ? new Menu(null, null, null, null, null) : menu;
        Set<String> ids = new HashSet<>();
        Set<String> appIds = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            String at = PREFIX + ".accounts[" + i + "]";
            if (account == null) {
                throw new InvalidWechatSettingsException(at + " is empty");
            }
            account.check(at);
            if (!ids.add(account.id())) {
                throw new InvalidWechatSettingsException(at + ".id '" + account.id() + "' is used by another account");
            }
            if (!appIds.add(account.appId())) {
                throw new InvalidWechatSettingsException(at + ".app-id is used by another account");
            }
        }
    }

    private static void requireHttp(String setting, String value) {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidWechatSettingsException(setting + " must be an http(s) address, was '" + value + "'");
        }
    }

    /**
     * One official account.
     *
     * @param id        Anxin's name of the account: the path {@code /wechat/{id}} and the prefix of its customers' ids
     * @param appId     the account's AppID (公众号开发信息 → 开发者ID)
     * @param secret    the AppSecret
     * @param token     the Token entered with the server URL (3 to 32 letters or digits)
     * @param aesKey    the EncodingAESKey (43 characters) for safe mode; empty for plain mode
     * @param pack      the policy pack the account's customers are answered, routed and timed by; empty: the active one
     * @param templates the template messages sent outside the 48-hour window
     */
    public record Account(String id, String appId, String secret, String token, @Nullable String aesKey,
            @Nullable String pack, @Nullable Templates templates) {

        public Account {
            aesKey = aesKey == null || aesKey.isBlank() ? null : aesKey.strip();
            pack = pack == null || pack.isBlank() ? null : pack.strip();
            templates = templates == null ? new Templates(null, null, null, null, null) : templates;
        }

        void check(String at) {
            if (id == null || !ID.matcher(id).matches()) {
                throw new InvalidWechatSettingsException(at + ".id must be 1 to 32 lower-case letters, digits and '-'"
                        + " (it is part of the server URL), was '" + id + "'");
            }
            if (appId == null || appId.isBlank()) {
                throw new InvalidWechatSettingsException(at + ".app-id is required (公众号 → 开发信息 → AppID)");
            }
            if (secret == null || secret.isBlank()) {
                throw new InvalidWechatSettingsException(at + ".secret is required (公众号 → 开发信息 → AppSecret)");
            }
            if (token == null || !TOKEN.matcher(token).matches()) {
                throw new InvalidWechatSettingsException(at + ".token must be 3 to 32 letters or digits, as WeChat"
                        + " accepts it in the server configuration");
            }
            if (aesKey != null && !AES_KEY.matcher(aesKey).matches()) {
                throw new InvalidWechatSettingsException(at + ".aes-key must be the 43 letters and digits of the"
                        + " EncodingAESKey, or empty for plain mode");
            }
            templates.check(at + ".templates");
        }
    }

    /**
     * Template messages, for what must reach a customer outside the 48-hour window. Each template is one the
     * account added in 公众号 → 模板消息; the text goes in the data field {@code content-field}, and the template
     * links to the ticket's status or to the survey.
     *
     * @param noticeId     the template of agents' replies, deferred answers and other notices; empty: none is sent
     *                     outside the window (the message is given up on and shows among the dead letters)
     * @param surveyId     the template of the satisfaction survey; empty: the notice template
     * @param contentField the data field of both templates the text goes in
     * @param statusUrl    the page of the customer's ticket status, with {@code {conversation}} replaced
     * @param surveyUrl    the survey page, with {@code {conversation}} replaced
     */
    public record Templates(@Nullable String noticeId, @Nullable String surveyId, @Nullable String contentField,
            @Nullable String statusUrl, @Nullable String surveyUrl) {

        public Templates {
            noticeId = blankToNull(noticeId);
            surveyId = blankToNull(surveyId);
            contentField = contentField == null || contentField.isBlank() ? "first" : contentField.strip();
            statusUrl = blankToNull(statusUrl);
            surveyUrl = blankToNull(surveyUrl);
        }

        void check(String at) {
            if (statusUrl != null) {
                requireHttp(at + ".status-url", statusUrl.replace("{conversation}", "x"));
            }
            if (surveyUrl != null) {
                requireHttp(at + ".survey-url", surveyUrl.replace("{conversation}", "x"));
            }
        }

        /** The template for a message with that purpose, or null when none is configured. */
        @Nullable String idFor(String purpose) {
            return "survey".equals(purpose) && surveyId != null ? surveyId : noticeId;
        }

        @Nullable String urlFor(String purpose, String conversation) {
            String url = "survey".equals(purpose) && surveyUrl != null ? surveyUrl : statusUrl;
            return url == null ? null : url.replace("{conversation}", conversation);
        }
    }

    /**
     * The event keys ({@code key} of a {@code click} button in the menu JSON) of the menu's five buttons.
     */
    public record Menu(@Nullable String complaint, @Nullable String suggestion, @Nullable String inquiry,
            @Nullable String human, @Nullable String myTickets) {

        public Menu {
            complaint = orDefault(complaint, "ANXIN_COMPLAINT");
            suggestion = orDefault(suggestion, "ANXIN_SUGGESTION");
            inquiry = orDefault(inquiry, "ANXIN_INQUIRY");
            human = orDefault(human, "ANXIN_HUMAN");
            myTickets = orDefault(myTickets, "ANXIN_MY_TICKETS");
        }

        private static String orDefault(@Nullable String key, String fallback) {
            return key == null || key.isBlank() ? fallback : key.strip();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
