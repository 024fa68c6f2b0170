package org.hromada.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartReaderTest {
    private static final String BOUNDARY = "b0undary";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    @TempDir
    Path dir;

    /** A multipart body, built part by part. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"",
                    value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String filename, String type, byte[] content) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\""
                    + (type == null ? "" : "\r\nContent-Type: " + type), content);
        }

        Body part(String headers, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] end() {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        /** Without the closing boundary: a body that broke off. */
        byte[] broken(int dropLast) {
            byte[] all = out.toByteArray();
            return java.util.Arrays.copyOf(all, all.length - dropLast);
        }
    }

    private MultipartReader.Options options(long maxBodyBytes) {
        return MultipartReader.Options.of(dir, "test-", maxBodyBytes);
    }

    private static MultipartReader.Result read(byte[] body, MultipartReader.Options options) throws Exception {
        return MultipartReader.read(new ByteArrayInputStream(body), TYPE, body.length, options);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void readsTextFieldsInOrderAndFilesIntoTemporaryFiles() throws Exception {
        byte[] pdf = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new Body().field("назва", "Звіт за рік").field("tag", "a").file("files", "C:\\скани\\звіт 1.pdf",
                "application/pdf", pdf).field("tag", "b").file("files", "/home/o/фото.png", null, bytes(3000)).end();

        MultipartReader.Result result = read(body, options(100_000));

        assertEquals(List.of("назва", "tag"), List.copyOf(result.fields().keySet()));
        assertEquals("Звіт за рік", result.field("назва"));
        assertEquals(List.of("a", "b"), result.fields().get("tag"));
        assertNull(result.field("absent"));
        assertEquals(2, result.files().size());
        MultipartReader.ReceivedFile first = result.files().get(0);
        assertEquals("files", first.field());
        assertEquals("звіт 1.pdf", first.filename(), "the last segment of the path the browser sent");
        assertEquals("application/pdf", first.contentType());
        assertEquals(pdf.length, first.size());
        assertArrayEquals(pdf, Files.readAllBytes(first.path()));
        assertTrue(first.path().getFileName().toString().startsWith("test-"));
        assertTrue(first.path().getFileName().toString().endsWith(".part"));
        assertEquals(dir, first.path().getParent());
        assertNull(first.digest(), "no digest unless asked for");
        MultipartReader.ReceivedFile second = result.files("files").get(1);
        assertEquals("фото.png", second.filename());
        assertNull(second.contentType());
        assertArrayEquals(bytes(3000), Files.readAllBytes(second.path()));
        assertTrue(result.oversized().isEmpty());

        result.deleteFiles();
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anEmptyFileInputIsSkippedUnlessAsked() throws Exception {
        byte[] body = new Body().field("text", "x").file("files", "", "application/octet-stream", new byte[0]).end();

        MultipartReader.Result skipped = read(body, options(10_000));
        assertEquals(List.of(), skipped.files());
        assertEquals(List.of(), leftovers(), "its temporary file is gone too");

        MultipartReader.Result kept = read(body, options(10_000).withSkipEmptyFileInputs(false));
        assertEquals(1, kept.files().size());
        assertEquals("", kept.files().get(0).filename());
        assertEquals(0, kept.files().get(0).size());
        kept.deleteFiles();
    }

    @Test
    void anEmptyFileWithANameIsReceived() throws Exception {
        byte[] body = new Body().file("files", "empty.txt", "text/plain", new byte[0]).end();
        MultipartReader.Result result = read(body, options(10_000));
        assertEquals(1, result.files().size());
        assertEquals(0, result.files().get(0).size());
        result.deleteFiles();
    }

    @Test
    void aFileOverItsLimitRefusesTheBodyAndLeavesNoFile() throws Exception {
        byte[] body = new Body().file("a", "a.bin", null, bytes(500)).file("b", "b.bin", null, bytes(1001))
                .field("after", "x").end();

        var e = assertThrows(MultipartReader.TooLargeException.class,
                () -> read(body, options(100_000).withMaxFileBytes(1000)));
        assertEquals(MultipartReader.Limit.FILE, e.limit());
        assertEquals(1000, e.maxBytes());
        assertEquals("b", e.field());
        assertEquals(List.of(), leftovers(), "the first file, received before, is deleted as well");
    }

    @Test
    void aFileAtItsLimitIsReceived() throws Exception {
        byte[] body = new Body().file("a", "a.bin", null, bytes(1000)).end();
        MultipartReader.Result result = read(body, options(100_000).withMaxFileBytes(1000));
        assertEquals(1000, result.files().get(0).size());
        result.deleteFiles();
    }

    @Test
    void fieldsAndFilesTogetherOverTheTotalAreRefused() throws Exception {
        byte[] body = new Body().field("text", "x".repeat(600)).file("a", "a.bin", null, bytes(300))
                .file("b", "b.bin", null, bytes(300)).end();

        var e = assertThrows(MultipartReader.TooLargeException.class,
                () -> read(body, options(100_000).withMaxTotalBytes(1000)));
        assertEquals(MultipartReader.Limit.TOTAL, e.limit());
        assertEquals(1000, e.maxBytes());
        assertEquals(List.of(), leftovers());

        byte[] texts = new Body().field("a", "x".repeat(600)).field("b", "y".repeat(600)).end();
        assertEquals(MultipartReader.Limit.TOTAL, assertThrows(MultipartReader.TooLargeException.class,
                () -> read(texts, options(100_000).withMaxTotalBytes(1000))).limit());
        assertEquals(2, read(texts, options(100_000).withMaxTotalBytes(1200)).fields().size());
    }

    @Test
    void aLongFieldIsRefused() throws Exception {
        byte[] body = new Body().field("title", "ї".repeat(2001)).end(); // 4002 bytes in UTF-8
        var e = assertThrows(MultipartReader.TooLargeException.class,
                () -> read(body, options(100_000).withMaxFieldBytes(4000)));
        assertEquals(MultipartReader.Limit.FIELD, e.limit());
        assertEquals("title", e.field());
        assertEquals("The field 'title' is longer than 4000 bytes.", e.getMessage());
        assertEquals("ї".repeat(2000), read(new Body().field("title", "ї".repeat(2000)).end(),
                options(100_000).withMaxFieldBytes(4000)).field("title"));
    }

    @Test
    void aBodyOverItsLimitIsRefusedByItsLengthBeforeItIsRead() {
        byte[] body = new Body().file("a", "a.bin", null, bytes(2000)).end();
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read");
            }
        };
        var e = assertThrows(MultipartReader.TooLargeException.class,
                () -> MultipartReader.read(unread, TYPE, body.length, options(1000)));
        assertEquals(MultipartReader.Limit.BODY, e.limit());
        assertNull(e.field());
    }

    @Test
    void aBodyOfUnknownLengthOverItsLimitIsRefusedWhileReading() throws IOException {
        byte[] body = new Body().file("a", "a.bin", null, bytes(500)).file("b", "b.bin", null, bytes(2000)).end();
        var e = assertThrows(MultipartReader.TooLargeException.class,
                () -> MultipartReader.read(new ByteArrayInputStream(body), TYPE, -1, options(1500)));
        assertEquals(MultipartReader.Limit.BODY, e.limit());
        assertEquals(1500, e.maxBytes());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void tooManyPartsAreRefused() throws IOException {
        Body body = new Body().file("a", "a.bin", null, bytes(10));
        for (int i = 0; i < 4; i++) {
            body.field("f" + i, "x");
        }
        byte[] five = body.end();
        var e = assertThrows(MultipartReader.TooManyPartsException.class, () -> read(five, options(10_000).withMaxParts(4)));
        assertEquals(4, e.maxParts());
        assertEquals(List.of(), leftovers());
        assertEquals(4, assertDoesNotFail(() -> read(five, options(10_000).withMaxParts(5))).fields().size());
    }

    private static MultipartReader.Result assertDoesNotFail(Read read) {
        try {
            return read.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private interface Read {
        MultipartReader.Result run() throws Exception;
    }

    @Test
    void aBodyThatBreaksOffInAFileIsUnreadableAndLeavesNoFile() throws IOException {
        byte[] broken = new Body().file("a", "a.bin", null, bytes(100)).file("b", "b.bin", null, bytes(5000))
                .broken(2000);
        var e = assertThrows(MultipartReader.UnreadableException.class, () -> read(broken, options(100_000)));
        assertEquals("b", e.field());
        assertTrue(e.inFile());
        assertTrue(e.getMessage().contains("Stream ended unexpectedly"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aBodyThatBreaksOffInAFieldIsUnreadable() {
        byte[] broken = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhal")
                .getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(MultipartReader.UnreadableException.class, () -> read(broken, options(10_000)));
        assertEquals("text", e.field());
        assertFalse(e.inFile());
    }

    @Test
    void aBodyThatIsNotMultipartIsUnreadable() {
        byte[] body = "a=b".getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(MultipartReader.UnreadableException.class, () -> MultipartReader.read(
                new ByteArrayInputStream(body), "application/x-www-form-urlencoded", body.length, options(10_000)));
        assertNull(e.field());
        assertThrows(MultipartReader.UnreadableException.class, () -> MultipartReader.read(
                new ByteArrayInputStream(body), "multipart/form-data", body.length, options(10_000)), "no boundary");
    }

    @Test
    void aBodyWithoutItsBoundaryHasNoParts() throws Exception {
        MultipartReader.Result result = read("garbage".getBytes(StandardCharsets.UTF_8), options(10_000));
        assertEquals(Map.of(), result.fields());
        assertEquals(List.of(), result.files());
    }

    @Test
    void partsWithoutANameAreSkipped() throws Exception {
        byte[] body = new Body().part("Content-Disposition: form-data", "x".getBytes(StandardCharsets.UTF_8))
                .part("Content-Disposition: form-data; filename=\"a.txt\"", bytes(10)).field("kept", "y").end();
        MultipartReader.Result result = read(body, options(10_000));
        assertEquals(Map.of("kept", List.of("y")), result.fields());
        assertEquals(List.of(), result.files());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void onlyTheNamedFileAndTextFieldsAreKeptWhenTheyAreNamed() throws Exception {
        byte[] body = new Body().field("title", "Т").field("other", "x".repeat(5000))
                .file("extra", "e.bin", null, bytes(100)).part("Content-Disposition: form-data; name=\"file\"",
                        bytes(20)).file("title", "t.txt", null, bytes(5)).end();
        MultipartReader.Result result = read(body, options(100_000).withMaxFieldBytes(4000)
                .withFileFields(Set.of("file")).withTextFields(Set.of("title")));
        assertEquals(Map.of("title", List.of("Т")), result.fields(), "the long 'other' is skipped, not refused");
        assertEquals(1, result.files().size());
        MultipartReader.ReceivedFile file = result.files().get(0);
        assertEquals("file", file.field());
        assertEquals("", file.filename(), "a part named as a file is one even without a filename");
        assertEquals(20, file.size());
        result.deleteFiles();
        assertEquals(List.of(), leftovers(), "skipped files never reached the disk");
    }

    @Test
    void oversizedFilesCanBeListedByNameInsteadOfRefusingTheBody() throws Exception {
        byte[] body = new Body().file("files", "big.pdf", "application/pdf", bytes(5000))
                .file("files", "small.pdf", "application/pdf", bytes(10)).field("name", "Олена").end();
        MultipartReader.Result result = read(body, options(100_000).withMaxFileBytes(1000).withSkipOversizedFiles(true));
        assertEquals(List.of(new MultipartReader.OversizedFile("files", "big.pdf", "application/pdf", 5000)),
                result.oversized());
        assertEquals(List.of("big.pdf", "small.pdf"), result.sentFiles().stream()
                .map(MultipartReader.SentFile::filename).toList(), "in the order they came");
        assertEquals(1, result.files().size());
        assertEquals("small.pdf", result.files().get(0).filename());
        assertEquals("Олена", result.field("name"));
        result.deleteFiles();
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aRestUploadTakesOneFilePartWithItsFields() throws Exception {
        MultipartReader.Options options = MultipartReader.Options.oneFile(dir, "up-", "file", 1000, 100, 5);
        assertEquals(1000 + 5 * (100 + 1024), options.maxBodyBytes());
        byte[] body = new Body().field("alt", "Захід").file("file", "", null, new byte[0]).end();
        MultipartReader.Result result = read(body, options);
        assertEquals(0, result.singleFile("file").size(), "an empty file is kept, for the caller to refuse");
        assertEquals("Захід", result.field("alt"));
        assertNull(result.singleFile("other"));
        result.deleteFiles();

        byte[] two = new Body().file("file", "a.pdf", null, bytes(10)).file("file", "b.pdf", null, bytes(10)).end();
        MultipartReader.Result both = read(two, options);
        ProblemException e = assertThrows(ProblemException.class, () -> both.singleFile("file"));
        assertEquals(400, e.status());
        assertEquals("Send one part named 'file'.", e.getMessage());
        assertEquals(List.of(), leftovers(), "both files deleted");
    }

    @Test
    void refusalsHaveTheUsualRestAnswers() {
        assertProblem(400, "The field 'title' is longer than 4000 bytes.",
                new MultipartReader.TooLargeException(MultipartReader.Limit.FIELD, 4000, "title"));
        assertProblem(413, "The body is larger than 10 bytes.",
                new MultipartReader.TooLargeException(MultipartReader.Limit.BODY, 10, null));
        assertProblem(400, "The multipart body could not be read: The body has more than 3 parts.",
                new MultipartReader.TooManyPartsException(3));
        assertProblem(400, "The multipart body could not be read: Stream ended unexpectedly",
                new MultipartReader.UnreadableException(new IOException("Stream ended unexpectedly"), "f", true));
    }

    @Test
    void aRestResourceGetsItsOwnAnswerOrTheUsualOne() throws IOException {
        byte[] body = new Body().field("title", "x".repeat(20)).file("file", "a.pdf", null, bytes(50)).end();
        MultipartReader.Options options = MultipartReader.Options.oneFile(dir, "up-", "file", 40, 100, 5);
        ProblemException own = assertThrows(ProblemException.class, () -> MultipartReader.readOrAnswer(
                new ByteArrayInputStream(body), TYPE, body.length, options,
                refused -> new ProblemException(413, "Content Too Large", "own")));
        assertEquals("own", own.getMessage());
        ProblemException usual = assertThrows(ProblemException.class, () -> MultipartReader.readOrAnswer(
                new ByteArrayInputStream(body), TYPE, body.length, options.withMaxFieldBytes(10), refused -> null));
        assertEquals(400, usual.status());
        assertEquals("The field 'title' is longer than 10 bytes.", usual.getMessage());
        assertThrows(java.io.UncheckedIOException.class, () -> MultipartReader.readOrAnswer(
                new ByteArrayInputStream(body), TYPE, body.length, MultipartReader.Options.oneFile(
                        Files.writeString(dir.resolve("not-a-folder"), "x"), "up-", "file", 100, 100, 5), refused -> null));
        assertEquals(List.of(dir.resolve("not-a-folder")), leftovers());
    }

    private static void assertProblem(int status, String detail, MultipartReader.RefusedException refused) {
        ProblemException problem = refused.toProblem();
        assertEquals(status, problem.status());
        assertEquals(detail, problem.getMessage());
    }

    @Test
    void filesAreDigestedWhenAsked() throws Exception {
        byte[] content = bytes(70_000);
        byte[] body = new Body().file("file", "a.bin", null, content).end();
        MultipartReader.Result result = read(body, options(100_000).withDigest("SHA-256"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                result.files().get(0).digest());
        result.deleteFiles();
        assertThrows(IllegalArgumentException.class, () -> options(1).withDigest("NO-SUCH-DIGEST"));
    }

    @Test
    void theTemporaryFolderIsMadeWhenMissingAndAnUnwritableOneIsTheServersProblem() throws Exception {
        byte[] body = new Body().file("a", "a.bin", null, bytes(10)).end();
        MultipartReader.Result result = read(body, MultipartReader.Options.of(dir.resolve("tmp/uploads"), "x-", 1000));
        assertTrue(Files.exists(result.files().get(0).path()));
        result.deleteFiles();

        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThrows(IOException.class, () -> read(body, MultipartReader.Options.of(notAFolder, "x-", 1000)));
        byte[] text = new Body().field("a", "b").end();
        assertEquals("b", read(text, MultipartReader.Options.of(notAFolder, "x-", 1000)).field("a"),
                "text alone needs no folder");
    }

    @Test
    void filenamesKeepTheirLastSegment() {
        assertEquals("a.txt", MultipartReader.filename("C:\\docs\\a.txt"));
        assertEquals("звіт.pdf", MultipartReader.filename("/home/o/звіт.pdf "));
        assertEquals("", MultipartReader.filename(null));
        assertEquals("", MultipartReader.filename("dir/"));
    }

    @Test
    void leftoversOfAStoppedServerAreDeleted() throws IOException {
        Files.writeString(dir.resolve("upload-1.part"), "x");
        Path other = Files.writeString(dir.resolve("keep.txt"), "x");
        BoundedUpload.deleteLeftovers(dir);
        assertEquals(List.of(other), leftovers());
        BoundedUpload.deleteLeftovers(dir.resolve("missing"));
    }
}
