package io.anxin.core.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer's two scores after resolution (001: 结果满意度 and 态度满意度, each 0-10).
 *
 * @param result   how satisfied with the outcome
 * @param attitude how satisfied with how they were treated
 */
public record Satisfaction(int result, int attitude) {

    /** 001: 0-4 dissatisfied, 5-7 average, 8-10 satisfied. */
    public enum Level {
        DISSATISFIED, AVERAGE, SATISFIED;

        public static Level of(int score) {
            return score <= 4 ? DISSATISFIED : score <= 7 ? AVERAGE : SATISFIED;
        }
    }

    private static final String CHINESE = "零一二三四五六七八九十";

    public Satisfaction {
        if (result < 0 || result > 10 || attitude < 0 || attitude > 10) {
            throw new IllegalArgumentException("scores are 0 to 10, were " + result + " and " + attitude);
        }
    }

    /**
     * The lower of the two levels: a good outcome delivered rudely still leaves a customer dissatisfied, and
     * a supervisor should call them back.
     */
    public Level level() {
        Level a = Level.of(result);
        Level b = Level.of(attitude);
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** As the complaint form records it. */
    public String asRecorded() {
        return "result " + result + "/10, attitude " + attitude + "/10 (" + level().name().toLowerCase() + ")";
    }

    private static final java.util.regex.Pattern RECORDED =
            java.util.regex.Pattern.compile("result (\\d{1,2})/10, attitude (\\d{1,2})/10.*");

    /** The scores back from what {@link #asRecorded} wrote on the form; empty for anything else ("no answer"). */
    public static Optional<Satisfaction> fromRecorded(String recorded) {
        java.util.regex.Matcher m = RECORDED.matcher(recorded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int result = Integer.parseInt(m.group(1));
        int attitude = Integer.parseInt(m.group(2));
        return result <= 10 && attitude <= 10 ? Optional.of(new Satisfaction(result, attitude)) : Optional.empty();
    }

    /**
     * Reads a reply such as "8 9", "结果8分，态度9分", "８／９", "十分 七分" or "result 3 attitude 5": exactly two
     * scores from 0 to 10, result first. Anything else is not an answer to the survey, so the customer's
     * message goes to the bot as usual.
     */
    public static Optional<Satisfaction> parse(String text) {
        List<Integer> scores = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = fold(text.charAt(i));
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < text.length() && Character.isDigit(fold(text.charAt(i)))) {
                    i++;
                }
                scores.add(Integer.parseInt(digits(text.substring(start, i))));
                continue;
            }
            int chinese = CHINESE.indexOf(c);
            if (chinese >= 0) {
                scores.add(chinese);
            }
            i++;
        }
        if (scores.size() != 2 || scores.stream().anyMatch(s -> s > 10) || text.length() > 60) {
            return Optional.empty();
        }
        return Optional.of(new Satisfaction(scores.get(0), scores.get(1)));
    }

    private static char fold(char c) {
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(fold(c));
        }
        String d = out.toString();
        return d.length() > 3 ? "999" : d;
    }
}
