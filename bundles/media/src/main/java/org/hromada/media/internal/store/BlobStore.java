package org.hromada.media.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.hromada.platform.api.web.BoundedUpload;

/**
 * Files on disk, addressed by their SHA-256: {@code <media>/ab/cd/abcd...} for originals and
 * {@code <media>/renditions/<sha256>-<width>.<ext>} for renditions. An upload is received into
 * {@code <media>/tmp/} while it is hashed, then moved into place atomically; identical bytes are
 * kept once.
 */
public final class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** How the names of received files start. */
    public static final String TEMP_PREFIX = "upload-";
    private final Path root;

    /** A received upload: its temporary file, hash and size. */
    public record Received(Path temp, String sha256, long size) {
    }

    public BlobStore(Path root) {
        this.root = root;
    }

    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** Where the original with this hash lives. */
    public Path original(String sha256) {
        requireHash(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Where a rendition lives. */
    public Path rendition(String sha256, int width, String extension) {
        requireHash(sha256);
        return root.resolve("renditions").resolve(sha256 + "-" + width + "." + extension);
    }

    public Path renditionsFolder() throws IOException {
        return Files.createDirectories(root.resolve("renditions"));
    }

    /** Where uploads wait, as {@value #TEMP_PREFIX}*.part files, until they are kept or dropped. */
    public Path tempDir() {
        return root.resolve("tmp");
    }

    /** Reads {@code body} into a temporary file, hashing it; at most {@code maxBytes}. */
    public Received receive(InputStream body, long maxBytes)
            throws IOException, BoundedUpload.TooLargeException, BoundedUpload.UnreadableException {
        MessageDigest digest = sha256();
        BoundedUpload.Received received = BoundedUpload.toTempFile(body,
                Files.createDirectories(tempDir()), TEMP_PREFIX, maxBytes, digest);
        return new Received(received.file(), HexFormat.of().formatHex(digest.digest()), received.size());
    }

    /**
     * Moves a received file to its address, or drops it when the same bytes are already there.
     * @return the original's path
     */
    public Path keep(Received received) throws IOException {
        Path target = original(received.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.deleteIfExists(received.temp());
            return target;
        }
        try {
            Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesMeanwhile) {
            Files.deleteIfExists(received.temp());
        }
        return target;
    }

    /** Deletes the original and every rendition of a hash. */
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(original(sha256));
        Path renditions = root.resolve("renditions");
        if (Files.isDirectory(renditions)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(renditions, sha256 + "-*")) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void requireHash(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
