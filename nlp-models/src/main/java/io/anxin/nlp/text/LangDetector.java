package io.anxin.nlp.text;

import io.anxin.core.message.Lang;

/**
 * Tells the script a message is written in. Mixed Chinese-English messages count as the Chinese
 * script they use, because that is the language they are answered in.
 */
public final class LangDetector {

    private LangDetector() {}

    public static Lang detect(String text) {
        ScriptTables tables = ScriptTables.get();
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (FeatureExtractor.isHan(c)) {
                han++;
                if (tables.isTraditionalOnly(c)) {
                    traditional++;
                } else if (tables.isSimplifiedOnly(c)) {
                    simplified++;
                }
            }
        }
        if (han == 0) {
            return Lang.EN;
        }
        // A simplified message may quote a traditional brand name and vice versa: the majority decides.
        return traditional > simplified ? Lang.ZH_HANT : Lang.ZH_HANS;
    }
}
