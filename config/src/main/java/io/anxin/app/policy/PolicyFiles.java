package io.anxin.app.policy;

import io.anxin.app.policy.LimitText.Measure;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.routing.Routing;
import io.anxin.core.script.InvalidScriptsException;
import io.anxin.core.script.MapScriptLibrary;
import io.anxin.core.script.NoPromises;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.Limit;
import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.MilestoneLimits;
import io.anxin.core.ticket.Grade;
import io.anxin.core.triage.Intent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the policy packs ({@code policies/<name>.yml}: time limits, breach grades, departments, routing,
 * forbidden phrases) and the script files ({@code scripts/<lang>.yml}), refusing to start on any problem
 * with the file, the entry and what is wrong.
 */
public final class PolicyFiles {

    private static final Set<String> TOP = Set.of("name", "description", "source", "zone", "clarify-below", "time-limits",
            "on-breach", "departments", "routing", "confidential", "forbidden-phrases", "economic-dispute-from",
            "reports");
    private static final Set<String> LIMITS = Set.of("forward", "first-contact", "resolve", "resolve-extended",
            "inquiry-answer", "suggestion-reply", "plan", "follow-up", "warn-at");
    private static final Set<String> PLAN = Set.of("grades-1-2", "grades-3-4");
    private static final Map<String, Milestone> BREACHABLE = breachable();

    private PolicyFiles() {}

    /**
     * Reads one policy pack.
     *
     * @param name how the file is named in errors, e.g. {@code policies/default.yml}
     * @throws InvalidPolicyException listing every problem found, each with the file and the entry
     */
    public static PolicyPack policy(Resource resource, String name) {
        YamlFile file = YamlFile.read(resource, name);
        file.allowOnly("", TOP);
        Object packName = file.require("name");
        ZoneId zone = file.zone("zone");
        double clarifyBelow = fraction(file, "clarify-below");
        MilestoneLimits limits = limits(file);
        BreachRule breachRule = breachRule(file);
        Routing routing = RoutingSection.read(file);
        List<String> forbidden = phrases(file, "forbidden-phrases");
        BigDecimal economicDisputeFrom = sum(file, "economic-dispute-from");
        ReportsSection.read(file);
        file.throwIfProblems();
        return new PolicyPack(String.valueOf(packName), zone, Objects.requireNonNull(limits), breachRule,
                Objects.requireNonNull(routing), clarifyBelow, forbidden, economicDisputeFrom);
    }

    /**
     * The scheduled reports of one policy pack (its {@code reports} section), checked as {@link #policy} checks them.
     *
     * @throws InvalidPolicyException listing every problem found in the section
     */
    public static List<io.anxin.core.report.ReportSchedule> reportSchedules(Resource resource, String name) {
        YamlFile file = YamlFile.read(resource, name);
        List<io.anxin.core.report.ReportSchedule> schedules = ReportsSection.read(file);
        file.throwIfProblems();
        return schedules;
    }

    /**
     * Reads every pack ({@code *.yml}) in the folder of the active one, so that a broken pack is found at
     * start-up even while another is in use, and returns them all by name.
     *
     * @param activeLocation where {@code anxin.policy} points, e.g. {@code classpath:policies/default.yml}
     * @throws InvalidPolicyException listing the problems of every file, each with the file named
     */
    public static PolicyPacks packs(ResourcePatternResolver resolver, String activeLocation) {
        int slash = activeLocation.lastIndexOf('/');
        String folder = slash < 0 ? activeLocation.substring(0, activeLocation.indexOf(':') + 1) : activeLocation.substring(0, slash + 1);
        Resource active = resolver.getResource(activeLocation);
        List<String> problems = new ArrayList<>();
        Map<String, PolicyPack> byName = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        PolicyPack activePack = null;
        for (Resource resource : siblings(resolver, folder, active)) {
            String fileName = nameOf(resource, folder);
            try {
                PolicyPack pack = policy(resource, fileName);
                String earlier = fileOf.putIfAbsent(pack.name(), fileName);
                if (earlier != null) {
                    problems.add(fileName + ": name '" + pack.name() + "' is already the name of the pack in " + earlier);
                    continue;
                }
                byName.put(pack.name(), pack);
                if (sameFile(resource, active)) {
                    activePack = pack;
                }
            } catch (InvalidPolicyException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        if (activePack == null) {
            throw new InvalidPolicyException(List.of(activeLocation + ": file not found (anxin.policy)"));
        }
        return new PolicyPacks(activePack, byName);
    }

    private static List<Resource> siblings(ResourcePatternResolver resolver, String folder, Resource active) {
        List<Resource> found = new ArrayList<>();
        try {
            found.addAll(Arrays.asList(resolver.getResources(folder + "*.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the policy packs in " + folder, e);
        }
        found.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        if (active.exists() && found.stream().noneMatch(r -> sameFile(r, active))) {
            found.add(0, active);   // e.g. a pack named .yaml: still the one in use
        }
        return found;
    }

    private static String nameOf(Resource resource, String folder) {
        String base = folder.substring(folder.indexOf(':') + 1);
        return base + resource.getFilename();
    }

    private static boolean sameFile(Resource a, Resource b) {
        try {
            return a.getURI().normalize().equals(b.getURI().normalize());
        } catch (IOException e) {
            return a.equals(b);
        }
    }

    /**
     * The {@code time-limits} section. Clock time ({@code 1h}, {@code 7 days}) counts nights and holidays; for
     * the milestones someone must act on a due time outside working hours moves to the next working moment
     * (nobody is promised a call at 19:00 on a Saturday), the plan is due on the clock (000 part 1 §10.3), and
     * a follow-up in days falls at the same time of day.
     */
    private static @Nullable MilestoneLimits limits(YamlFile file) {
        int before = file.problems.size();
        Object section = file.require("time-limits");
        if (section == null) {
            return null;
        }
        if (!(section instanceof Map<?, ?>)) {
            file.problem("time-limits", "must list the limits, e.g. forward: 1h");
            return null;
        }
        file.allowOnly("time-limits", LIMITS);
        Limit forward = limit(file, "forward", Measure.DUE_IN_WORKING_TIME);
        Limit firstContact = limit(file, "first-contact", Measure.DUE_IN_WORKING_TIME);
        Limit resolve = limit(file, "resolve", Measure.DUE_IN_WORKING_TIME);
        Limit resolveExtended = limit(file, "resolve-extended", Measure.DUE_IN_WORKING_TIME);
        Limit inquiryAnswer = limit(file, "inquiry-answer", Measure.DUE_IN_WORKING_TIME);
        Limit suggestionReply = limit(file, "suggestion-reply", Measure.DUE_IN_WORKING_TIME);
        Limit followUp = limit(file, "follow-up", Measure.CALENDAR_DAYS);
        Limit planSevere = null;
        Limit planOrdinary = null;
        Object plan = file.require("time-limits.plan");
        if (plan instanceof Map<?, ?>) {
            file.allowOnly("time-limits.plan", PLAN);
            planSevere = limit(file, "plan.grades-1-2", Measure.ON_THE_CLOCK);
            planOrdinary = limit(file, "plan.grades-3-4", Measure.ON_THE_CLOCK);
        } else if (plan != null && !"none".equals(String.valueOf(plan).strip())) {
            file.problem("time-limits.plan", "must be none (no plan asked for) or grades-1-2: and grades-3-4:, e.g."
                    + " { grades-1-2: 24h, grades-3-4: 12h }; was " + plan);
        }
        double warnAt = MilestoneLimits.DEFAULT_WARN_AT;
        Object warn = file.require("time-limits.warn-at");
        if (warn instanceof Number n && n.doubleValue() > 0 && n.doubleValue() < 1) {
            warnAt = n.doubleValue();
        } else if (warn != null) {
            file.problem("time-limits.warn-at", "must be a fraction between 0 and 1 (both excluded), e.g. 0.8 to warn at 80%"
                    + " of a limit; was " + warn);
        }
        if (resolve != null && resolveExtended != null && resolveExtended.shorterThan(resolve)) {
            file.problem("time-limits.resolve-extended", "(" + text(file, "resolve-extended") + ") is shorter than"
                    + " time-limits.resolve (" + text(file, "resolve") + "); an extension gives more time, never less");
        }
        if (file.problems.size() > before || forward == null || firstContact == null || resolve == null
                || resolveExtended == null || inquiryAnswer == null || suggestionReply == null || followUp == null) {
            return null;
        }
        return new MilestoneLimits(forward, firstContact, resolve, resolveExtended, inquiryAnswer, suggestionReply,
                planSevere, planOrdinary, followUp, warnAt);
    }

    private static @Nullable Limit limit(YamlFile file, String key, Measure measure) {
        String path = "time-limits." + key;
        Object value = file.require(path);
        if (value == null) {
            return null;
        }
        String problem = LimitText.problem(value);
        if (problem != null) {
            file.problem(path, problem);
            return null;
        }
        return Objects.requireNonNull(LimitText.parse(String.valueOf(value))).limit(measure);
    }

    private static String text(YamlFile file, String key) {
        return String.valueOf(file.lookup("time-limits." + key));
    }

    /** The {@code on-breach} section: per milestone, the grade a complaint is raised to when it is breached. */
    private static BreachRule breachRule(YamlFile file) {
        Object section = file.lookup("on-breach");
        if (section == null) {
            return BreachRule.NOTIFY_ONLY;
        }
        if (!(section instanceof Map<?, ?> raw)) {
            file.problem("on-breach", "must list milestones with the grade a breach raises the complaint to, e.g. resolve: 3;"
                    + " write on-breach: {} to only notify");
            return BreachRule.NOTIFY_ONLY;
        }
        Map<Milestone, Grade> raiseTo = new EnumMap<>(Milestone.class);
        YamlFile.stringKeys(raw).forEach((key, value) -> {
            String path = "on-breach." + key;
            Milestone milestone = BREACHABLE.get(key);
            if (milestone == null) {
                file.problem(path, Arrays.stream(Milestone.values()).anyMatch(m -> m.type() != Intent.COMPLAINT && hyphenated(m).equals(key))
                        ? "is not a complaint's milestone; only a complaint has a grade to raise (inquiries and suggestions"
                                + " stay at grade 4); expected one of " + BREACHABLE.keySet()
                        : "is not a milestone; expected one of " + BREACHABLE.keySet());
            } else if (value instanceof Integer level && level >= 1 && level <= 4) {
                raiseTo.put(milestone, Grade.of(level));
            } else {
                file.problem(path, "must be a grade from 1 (crisis) to 4 (000 part 1 §3), the grade the complaint is raised"
                        + " to; was " + value);
            }
        });
        return new BreachRule(raiseTo);
    }

    private static Map<String, Milestone> breachable() {
        Map<String, Milestone> byKey = new LinkedHashMap<>();
        for (Milestone milestone : Milestone.values()) {
            if (milestone.type() == Intent.COMPLAINT) {
                byKey.put(hyphenated(milestone), milestone);
            }
        }
        return Map.copyOf(byKey);
    }

    private static String hyphenated(Milestone milestone) {
        return milestone.label().replace('_', '-');
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

}
