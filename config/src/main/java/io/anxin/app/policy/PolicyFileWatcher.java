package io.anxin.app.policy;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;

/**
 * Reloads policy files operators edit on disk (scripts, knowledge base) without a restart: it looks
 * at their modification times every few seconds and runs the reload of a changed set. A reload
 * that fails validation is logged with its precise errors and the files in use stay in use.
 * Files inside the application jar cannot change and are not watched.
 */
public final class PolicyFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolicyFileWatcher.class);

    private record Watch(String name, List<File> files, Runnable reload) {}

    private final Duration interval;
    private final List<Watch> watches = new ArrayList<>();
    private final Map<File, Long> seen = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public PolicyFileWatcher(Duration interval) {
        this.interval = interval;
    }

    /** Watches {@code files} (those that exist on disk) and runs {@code reload} when any of them changes. */
    public void watch(String name, List<File> files, Runnable reload) {
        List<File> onDisk = files.stream().filter(File::isFile).toList();
        if (onDisk.isEmpty()) {
            return;
        }
        onDisk.forEach(file -> seen.put(file, file.lastModified()));
        watches.add(new Watch(name, onDisk, reload));
        log.info("watching {} for changes: {}", name, onDisk);
    }

    /** Looks once for changed files and reloads what changed; the timer calls it, and so can a test. */
    public void check() {
        for (Watch watch : watches) {
            boolean changed = false;
            for (File file : watch.files()) {
                long modified = file.lastModified();
                changed |= !Long.valueOf(modified).equals(seen.put(file, modified));
            }
            if (changed) {
                try {
                    watch.reload().run();
                    log.info("reloaded {}", watch.name());
                } catch (InvalidPolicyException e) {
                    log.error("kept the {} in use: the edited files are refused. {}", watch.name(), e.getMessage());
                } catch (RuntimeException e) {
                    log.error("kept the {} in use: reloading failed", watch.name(), e);
                }
            }
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "policy-file-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** The files on disk behind these resources; resources inside the jar have none. */
    public static List<File> files(List<Resource> resources) {
        List<File> files = new ArrayList<>();
        for (Resource resource : resources) {
            try {
                if (resource.isFile()) {
                    files.add(resource.getFile());
                }
            } catch (IOException e) {
                // Not a file on disk (inside a jar): nothing to watch.
            }
        }
        return files;
    }
}
