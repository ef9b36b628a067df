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
        // a char array, not a StringBuilder, which starts as Latin-1 and is copied at the first Chinese character
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out[i] = c < 128 ? Character.toLowerCase(c) : tables.simplify(c);
        }
        return new String(out);
    }
}
