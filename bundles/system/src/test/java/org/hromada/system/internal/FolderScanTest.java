package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.system.internal.FolderScan.Plan;
import org.hromada.system.internal.FolderScan.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScanTest {
    private static final Snapshot V1 = new Snapshot(100, 1_000);
    private static final Snapshot V1_GROWING = new Snapshot(200, 2_000);
    private static final Snapshot V2 = new Snapshot(300, 3_000);

    @TempDir
    Path dir;

    @Test
    void aNewFileIsActedOnOnlyWhenUnchangedBetweenTwoScans() {
        FolderScan scan = new FolderScan(Set.of());
        Plan first = scan.next(Map.of("a.jar", V1));
        assertTrue(first.isEmpty());
        assertTrue(first.pending());
        Plan second = scan.next(Map.of("a.jar", V1));
        assertEquals(List.of("a.jar"), second.added());
        assertFalse(second.pending());
        assertTrue(scan.next(Map.of("a.jar", V1)).isEmpty(), "acted on once only");
    }

    @Test
    void aFileStillBeingCopiedIsNotActedOn() {
        FolderScan scan = new FolderScan(Set.of());
        scan.next(Map.of("a.jar", V1));
        Plan growing = scan.next(Map.of("a.jar", V1_GROWING));
        assertTrue(growing.isEmpty());
        assertTrue(growing.pending());
        assertEquals(List.of("a.jar"), scan.next(Map.of("a.jar", V1_GROWING)).added());
    }

    @Test
    void aReplacedFileIsChangedOnceStable() {
        FolderScan scan = new FolderScan(Set.of());
        scan.next(Map.of("a.jar", V1));
        scan.next(Map.of("a.jar", V1));
        assertTrue(scan.next(Map.of("a.jar", V2)).isEmpty());
        Plan plan = scan.next(Map.of("a.jar", V2));
        assertEquals(List.of("a.jar"), plan.changed());
        assertEquals(List.of(), plan.added());
    }

    @Test
    void aDeletedFileIsRemovedAtOnceButOnlyIfActedOn() {
        FolderScan scan = new FolderScan(Set.of());
        scan.next(Map.of("a.jar", V1, "b.jar", V2));
        scan.next(Map.of("a.jar", V1, "b.jar", V2));
        Plan bGone = scan.next(Map.of("a.jar", V1, "c.jar", V1));
        assertEquals(List.of("b.jar"), bGone.removed());
        Plan cGone = scan.next(Map.of("a.jar", V1));
        assertEquals(List.of(), cGone.removed(), "c.jar was never acted on");
    }

    @Test
    void knownFilesAreUpdatedWhenStableAndRemovedWhenMissing() {
        FolderScan scan = new FolderScan(Set.of("kept.jar", "gone.jar"));
        Plan first = scan.next(Map.of("kept.jar", V1));
        assertEquals(List.of("gone.jar"), first.removed());
        assertEquals(List.of("kept.jar"), scan.next(Map.of("kept.jar", V1)).changed());
    }

    @Test
    void listingSeesOnlyJarsAndTheirSizeAndTime() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "abc");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.writeString(dir.resolve(".upload-1.part"), "x");
        Files.writeString(dir.resolve(".hidden.jar"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectory(dir.resolve("folder.jar"));
        Map<String, Snapshot> files = FolderScan.list(dir);
        assertEquals(Set.of("a.jar"), files.keySet());
        assertEquals(3, files.get("a.jar").size());
    }

    @Test
    void aFileWrittenBetweenScansOnDiskWaitsForTheNextScan() throws Exception {
        FolderScan scan = new FolderScan(Set.of());
        Path jar = Files.writeString(dir.resolve("a.jar"), "first half");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        assertTrue(scan.next(FolderScan.list(dir)).isEmpty());
        Files.writeString(jar, " and the rest", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_500));
        assertTrue(scan.next(FolderScan.list(dir)).isEmpty());
        assertEquals(List.of("a.jar"), scan.next(FolderScan.list(dir)).added());
    }
}
