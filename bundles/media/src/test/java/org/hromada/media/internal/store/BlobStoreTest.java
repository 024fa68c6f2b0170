package org.hromada.media.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.hromada.platform.api.web.BoundedUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void filesLiveAtTheirHash() throws Exception {
        BlobStore store = new BlobStore(dir);
        byte[] data = "Рішення сесії".getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        BlobStore.Received received = store.receive(new ByteArrayInputStream(data), 1000);
        assertEquals(expected, received.sha256());
        assertEquals(data.length, received.size());
        Path kept = store.keep(received);
        assertEquals(dir.resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4)).resolve(expected), kept);
        assertArrayEquals(data, Files.readAllBytes(kept));
        assertFalse(Files.exists(received.temp()));
    }

    @Test
    void identicalBytesAreStoredOnce() throws Exception {
        BlobStore store = new BlobStore(dir);
        byte[] data = new byte[5000];
        Path first = store.keep(store.receive(new ByteArrayInputStream(data), 10_000));
        BlobStore.Received again = store.receive(new ByteArrayInputStream(data), 10_000);
        assertEquals(first, store.keep(again));
        assertFalse(Files.exists(again.temp()));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void tooLargeLeavesNothing() throws Exception {
        BlobStore store = new BlobStore(dir);
        assertThrows(BoundedUpload.TooLargeException.class, () -> store.receive(new ByteArrayInputStream(new byte[1001]), 1000));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void deleteRemovesTheOriginalAndItsRenditions() throws Exception {
        BlobStore store = new BlobStore(dir);
        BlobStore.Received received = store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        store.keep(received);
        store.renditionsFolder();
        Files.write(store.rendition(received.sha256(), 320, "jpg"), new byte[] {1});
        store.delete(received.sha256());
        assertFalse(Files.exists(store.original(received.sha256())));
        assertFalse(Files.exists(store.rendition(received.sha256(), 320, "jpg")));
        assertTrue(BlobStore.isSha256(received.sha256()));
        assertThrows(IllegalArgumentException.class, () -> store.original("../../etc/passwd"));
    }
}
