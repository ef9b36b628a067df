package io.anxin.nlp.text;

/**
 * Folds the surface variation that carries no meaning for triage: traditional characters become
 * simplified so that one model serves both scripts, full-width ASCII becomes half-width, Latin
 * letters are lower-cased. Emoji and other symbols pass through unchanged.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    public static String normalize(String text) {
        ScriptTables tables = ScriptTables.get();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                out.append(tables.simplify(c));
            }
        }
        return out.toString();
    }
}
