package io.anxin.core.message;

/**
 * The language and script a customer writes in, and is answered in: Chinese first, English
 * second. Mixed Chinese-English messages are answered in the Chinese script they use.
 */
public enum Lang {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as in the script files' names and the API. */
    public String tag() {
        return tag;
    }

    public static Lang fromTag(String tag) {
        for (Lang lang : values()) {
            if (lang.tag.equalsIgnoreCase(tag)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "', expected zh-Hans, zh-Hant or en");
    }
}
