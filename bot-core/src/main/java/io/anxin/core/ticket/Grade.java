package io.anxin.core.ticket;

/** Severity grade of a complaint (000 part 1 §3); grade 1 is the most severe. */
public enum Grade {
    /** Crisis: may cause serious negative media exposure, or group litigation of 10+ households. */
    ONE(1),
    /** May cause litigation or media exposure; 3+ people or a collective of 3-9 households. */
    TWO(2),
    /** Repeated after handling, or needs help from other departments. */
    THREE(3),
    /** Everything else. */
    FOUR(4);

    private final int level;

    Grade(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static Grade of(int level) {
        for (Grade grade : values()) {
            if (grade.level == level) {
                return grade;
            }
        }
        throw new IllegalArgumentException("a grade is 1 to 4, was " + level);
    }
}
