package io.anxin.app.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML file an operator edits, read safely (no arbitrary types), with every problem collected
 * as "file: path: what is wrong" so the whole file can be fixed in one go.
 */
final class YamlFile {

    private final String name;
    private final Map<String, Object> root;
    final List<String> problems = new ArrayList<>();

    private YamlFile(String name, Map<String, Object> root) {
        this.name = name;
        this.root = root;
    }

    static YamlFile read(Resource resource, String name) {
        if (!resource.exists()) {
            throw new InvalidPolicyException(List.of(name + ": file not found"));
        }
        // A key written twice is refused, not silently overwritten; dates stay the text written, so
        // 2026-02-30 is reported instead of becoming 2 March.
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new DatesAsText());
        try (InputStream in = resource.getInputStream()) {
            Object loaded = yaml.load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new InvalidPolicyException(List.of(name + ": expected a mapping of keys to values at the top"));
            }
            return new YamlFile(name, stringKeys(map));
        } catch (YAMLException e) {
            throw new InvalidPolicyException(List.of(name + ": not valid YAML: " + e.getMessage().replace('\n', ' ')));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    Map<String, Object> root() {
        return root;
    }

    /** The value at a dotted path, or null after recording that it is missing. */
    @Nullable Object require(String path) {
        Object value = lookup(path);
        if (value == null) {
            problem(path, "is required");
        }
        return value;
    }

    @Nullable Object lookup(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    /**
     * Records every key of {@code node} that is not among the allowed ones, named under {@code label}
     * ({@code years.2026.source}, or {@code years.2026.holidays #2 (春节) note} after an entry's label).
     */
    void allowOnly(String label, Map<String, Object> node, Collection<String> allowed) {
        for (String key : node.keySet()) {
            if (!allowed.contains(key)) {
                String path = label.isEmpty() ? key : label.contains("#") ? label + " " + key : label + "." + key;
                problem(path, "is not a known setting; expected one of " + allowed);
            }
        }
    }

    /** The time zone at {@code path}, required; UTC after recording the problem, so checking goes on. */
    ZoneId zone(String path) {
        Object value = lookup(path);
        if (value == null) {
            problem(path, "is required, e.g. Asia/Shanghai");
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(String.valueOf(value));
        } catch (DateTimeException e) {
            problem(path, "'" + value + "' is not a time zone; write e.g. Asia/Shanghai");
            return ZoneId.of("UTC");
        }
    }

    /** Records every key under {@code path} that is not among the allowed ones: a typo must not pass silently. */
    void allowOnly(String path, Set<String> allowed) {
        Object node = path.isEmpty() ? root : lookup(path);
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!allowed.contains(String.valueOf(key))) {
                    problem((path.isEmpty() ? "" : path + ".") + key, "is not a known setting; expected one of " + allowed);
                }
            }
        }
    }

    void problem(String path, String message) {
        problems.add(name + ": " + path + " " + message);
    }

    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
    }

    /** The YAML 1.1 resolver without timestamps: a date stays the text written, to be parsed strictly. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
            addImplicitResolver(Tag.YAML, YAML, "!&*");
        }
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> m ? stringKeys(m) : v));
        return out;
    }
}
