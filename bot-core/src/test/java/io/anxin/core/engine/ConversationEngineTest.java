package io.anxin.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

    @Test
    void the_logged_confidence_reads_as_string_format_wrote_it_with_two_decimals() {
        for (double confidence : new double[] {0, 0.004, 0.005, 0.05, 0.5, 0.87, 0.949, 0.995, 1}) {
            assertThat(ConversationEngine.twoDecimals(confidence)).as("%s", confidence)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", confidence));
        }
    }
}
