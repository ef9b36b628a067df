package io.anxin.app.policy;

import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.policy.TimeLimits;
import io.anxin.core.script.InvalidScriptsException;
import io.anxin.core.script.NoPromises;
import io.anxin.core.script.MapScriptLibrary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads a policy pack ({@code policies/<name>.yml}) and the script files ({@code scripts/<lang>.yml}),
 * refusing to start on any problem with the file, the entry and what is wrong.
 */
public final class PolicyFiles {

    private static final Set<String> TOP = Set.of("name", "description", "source", "zone", "clarify-below", "time-limits", "forbidden-phrases", "economic-dispute-from");
    private static final Set<String> LIMITS = Set.of("forward", "first-contact", "inquiry-answer", "suggestion-reply");

    private PolicyFiles() {}

    public static PolicyPack policy(Resource resource, String name) {
        YamlFile file = YamlFile.read(resource, name);
        file.allowOnly("", TOP);
        file.allowOnly("time-limits", LIMITS);
        Object packName = file.require("name");
        ZoneId zone = file.zone("zone");
        double clarifyBelow = fraction(file, "clarify-below");
        Duration forward = duration(file, "time-limits.forward");
        Duration firstContact = duration(file, "time-limits.first-contact");
        Duration inquiryAnswer = duration(file, "time-limits.inquiry-answer");
        Duration suggestionReply = duration(file, "time-limits.suggestion-reply");
        List<String> forbidden = phrases(file, "forbidden-phrases");
        BigDecimal economicDisputeFrom = sum(file, "economic-dispute-from");
        file.throwIfProblems();
        return new PolicyPack(String.valueOf(packName), zone,
                new TimeLimits(forward, firstContact, inquiryAnswer, suggestionReply), clarifyBelow, forbidden,
                economicDisputeFrom);
    }

    /**
     * Loads {@code <location><lang>.yml} for every language; nested keys join with dots. A sentence
     * that promises an outcome (003 §5) is refused like a missing one.
     */
    public static MapScriptLibrary scripts(
            ResourceLoader loader, String location, Collection<String> requiredKeys, List<String> forbiddenPhrases) {
        Map<Lang, Map<String, String>> sentences = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String fileName = lang.tag() + ".yml";
            YamlFile file = YamlFile.read(loader.getResource(location + fileName), "scripts/" + fileName);
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", file.root(), flat, file);
            file.throwIfProblems();
            sentences.put(lang, flat);
        }
        List<String> promises = NoPromises.violations(sentences, forbiddenPhrases);
        if (!promises.isEmpty()) {
            throw new InvalidPolicyException(promises.stream().map(p -> "scripts/" + p.replaceFirst(": ", ".yml: ")).toList());
        }
        try {
            return MapScriptLibrary.of(sentences, requiredKeys);
        } catch (InvalidScriptsException e) {
            throw new InvalidPolicyException(e.problems().stream().map(p -> "scripts/" + p).toList());
        }
    }

    private static void flatten(String prefix, Map<String, Object> node, Map<String, String> out, YamlFile file) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) child;
                flatten(path, typed, out, file);
            } else if (value instanceof String sentence && !sentence.isBlank()) {
                out.put(path, sentence.strip());
            } else {
                file.problem(path, "must be a sentence (text), was " + (value == null ? "empty" : value));
            }
        });
    }

    private static BigDecimal sum(YamlFile file, String path) {
        Object value = file.require(path);
        if (value instanceof Number n && n.doubleValue() > 0) {
            return new BigDecimal(String.valueOf(n));
        }
        if (value != null) {
            file.problem(path, "must be a positive sum of yuan, e.g. 10000, was " + value);
        }
        return BigDecimal.ONE;
    }

    private static List<String> phrases(YamlFile file, String path) {
        Object value = file.lookup(path);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(p -> p instanceof String s && !s.isBlank())) {
            return list.stream().map(String::valueOf).toList();
        }
        file.problem(path, "must be a list of phrases, e.g. [包赔, 稳赚]");
        return List.of();
    }

    private static double fraction(YamlFile file, String path) {
        Object value = file.require(path);
        if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() < 1) {
            return n.doubleValue();
        }
        if (value != null) {
            file.problem(path, "must be a number from 0 up to (not including) 1, was " + value);
        }
        return 0;
    }

    private static Duration duration(YamlFile file, String path) {
        Object value = file.require(path);
        if (value == null) {
            return Duration.ofHours(1);
        }
        try {
            Duration d = DurationStyle.SIMPLE.parse(String.valueOf(value));
            if (d.isNegative() || d.isZero()) {
                file.problem(path, "must be positive, was " + value);
                return Duration.ofHours(1);
            }
            return d;
        } catch (IllegalArgumentException e) {
            file.problem(path, "'" + value + "' is not a duration; write e.g. 30m, 1h, 24h or 7d");
            return Duration.ofHours(1);
        }
    }

}
