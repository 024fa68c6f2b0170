package org.hromada.system.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The stability rule of the deploy folder, without a framework: a jar is acted on only once its
 * size and modification time are the same in two consecutive scans, so a jar still being copied
 * is never installed. A vanished jar is acted on at once. Not thread-safe: the watcher serialises
 * scans.
 */
final class FolderScan {

    /** What a scan sees of one file. */
    record Snapshot(long size, long modifiedNanos) {
    }

    /** What to do after a scan; file names relative to the folder, sorted. */
    record Plan(List<String> added, List<String> changed, List<String> removed, boolean pending) {
        boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    private Map<String, Snapshot> lastSeen = Map.of();
    /** The snapshot each known file was last acted on at; null = known but not acted on yet. */
    private final Map<String, Snapshot> acted = new HashMap<>();

    /**
     * @param known files whose bundles are already installed (this bundle restarted while the
     *              framework ran): they count as changed once stable, and as removed if missing
     */
    FolderScan(Set<String> known) {
        known.forEach(name -> acted.put(name, null));
    }

    Plan next(Map<String, Snapshot> now) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        boolean pending = false;
        for (Map.Entry<String, Snapshot> file : new TreeMap<>(now).entrySet()) {
            String name = file.getKey();
            Snapshot snapshot = file.getValue();
            boolean known = acted.containsKey(name);
            if (known && Objects.equals(acted.get(name), snapshot)) {
                continue;
            }
            if (!snapshot.equals(lastSeen.get(name))) {
                pending = true; // new or still changing: look again next scan
                continue;
            }
            (known ? changed : added).add(name);
            acted.put(name, snapshot);
        }
        for (String name : new TreeMap<>(acted).keySet()) {
            if (!now.containsKey(name)) {
                removed.add(name);
                acted.remove(name);
            }
        }
        lastSeen = Map.copyOf(now);
        return new Plan(added, changed, removed, pending);
    }

    /** The candidate jars of a folder with their snapshots. */
    static Map<String, Snapshot> list(Path dir) throws IOException {
        Map<String, Snapshot> files = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isCandidate(name)) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.put(name, new Snapshot(attributes.size(),
                                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    }
                } catch (IOException vanished) {
                    // deleted between listing and reading: the next scan sees it gone
                }
            }
        }
        return files;
    }

    /** Jars only; dot-files are editors' and uploads' temporary files. */
    static boolean isCandidate(String fileName) {
        return fileName.endsWith(".jar") && !fileName.startsWith(".");
    }
}
