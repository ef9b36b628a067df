package io.anxin.core.routing;

import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pack's routing: "a ticket of these categories, with these flags, mentioning these words goes
 * to that department". A condition left empty does not restrict; the ones given must all hold, each by any of
 * its values. So {@code categories: [system_fault], keywords: [提现]} is a system fault about a withdrawal.
 *
 * @param name       how the rule is named in logs and error messages, e.g. {@code system-faults}
 * @param categories any of these complaint categories, or any ticket if empty
 * @param flags      any of these risk flags, or any ticket if empty
 * @param keywords   any of these words in the customer's text (letter case ignored), or any ticket if empty;
 *                   write simplified and traditional forms where they differ
 * @param department where a matching ticket goes
 */
public record RoutingRule(String name, Set<Category> categories, Set<RiskFlag> flags, List<String> keywords,
        DepartmentId department) {

    public RoutingRule {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a routing rule needs a name");
        }
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        keywords = keywords.stream().map(String::strip).toList();
        if (keywords.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("routing rule '" + name + "' has an empty keyword");
        }
        if (categories.isEmpty() && flags.isEmpty() && keywords.isEmpty()) {
            throw new IllegalArgumentException("routing rule '" + name
                    + "' has no condition; give categories, flags or keywords (the default department takes the rest)");
        }
        Objects.requireNonNull(department, "department");
    }

    /** Whether a ticket of {@code category} (null for suggestions and inquiries) with {@code flags} and {@code text} matches. */
    public boolean matches(@Nullable Category category, Set<RiskFlag> flags, String text) {
        if (!categories.isEmpty() && (category == null || !categories.contains(category))) {
            return false;
        }
        if (!this.flags.isEmpty() && this.flags.stream().noneMatch(flags::contains)) {
            return false;
        }
        if (keywords.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }
}
