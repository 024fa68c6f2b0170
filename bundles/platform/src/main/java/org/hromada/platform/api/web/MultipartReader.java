package org.hromada.platform.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;

/**
 * Reads a {@code multipart/form-data} body as it streams in (commons-fileupload's streaming API): text
 * fields into memory, each file into a temporary file ({@link BoundedUpload}), everything within the
 * {@link Options}' limits. Nothing is held in memory but the text fields, and a body that is refused or
 * breaks off leaves no file behind: every temporary file made so far is deleted before the exception
 * leaves {@link #read}. On success the caller owns the files and deletes them
 * ({@link Result#deleteFiles()}) once the request is answered, whatever happened.
 *
 * <p>What to answer is the caller's: usually 413 for {@link TooLargeException}, 400 for
 * {@link UnreadableException} and {@link TooManyPartsException}, 500 for an {@link IOException} (the
 * temporary folder could not be written).
 */
public final class MultipartReader {

    /**
     * The limits and where files go. Start from {@link #of} and narrow it with the {@code with...}
     * methods; every limit not set is the body's.
     *
     * @param tempDir            where the temporary files are made (created when missing)
     * @param tempPrefix         the start of their names; they end in {@code .part}
     * @param maxBodyBytes       the whole body, part headers and boundaries included; a {@code Content-Length}
     *                           over it is refused before anything is read
     * @param maxTotalBytes      the contents of all the text fields and files kept, together
     * @param maxFileBytes       one file
     * @param maxFieldBytes      one text field
     * @param maxParts           how many parts the body may have, skipped ones included
     * @param fileFields         when not null, only parts of these names are files, received whether or not they
     *                           came with a filename; any other part with a filename is skipped unread
     * @param textFields         when not null, only text fields of these names are kept; others are skipped unread
     * @param skipEmptyFileInputs whether a file part with an empty filename and no bytes (a file input left
     *                           empty) is dropped rather than received
     * @param skipOversizedFiles whether a file over {@code maxFileBytes} is read to its end and listed in
     *                           {@link Result#oversized()} (so that the answer can name it) instead of refusing
     *                           the body
     * @param digestAlgorithm    when not null, each file's digest ({@link ReceivedFile#digest()}) with this
     *                           {@link MessageDigest} algorithm, e.g. {@code SHA-256}
     */
    public record Options(Path tempDir, String tempPrefix, long maxBodyBytes, long maxTotalBytes, long maxFileBytes,
                          long maxFieldBytes, int maxParts, Set<String> fileFields, Set<String> textFields,
                          boolean skipEmptyFileInputs, boolean skipOversizedFiles, String digestAlgorithm) {
        /** Parts a body may have unless told otherwise. */
        public static final int DEFAULT_MAX_PARTS = 50;

        public Options {
            Objects.requireNonNull(tempDir, "tempDir");
            Objects.requireNonNull(tempPrefix, "tempPrefix");
            if (maxBodyBytes < 0 || maxTotalBytes < 0 || maxFileBytes < 0 || maxFieldBytes < 0 || maxParts < 1) {
                throw new IllegalArgumentException("Multipart limits must not be negative, parts at least 1");
            }
            fileFields = fileFields == null ? null : Set.copyOf(fileFields);
            textFields = textFields == null ? null : Set.copyOf(textFields);
            if (digestAlgorithm != null) {
                digest(digestAlgorithm); // fails now rather than at the first upload
            }
        }

        /**
         * A body of at most {@code maxBodyBytes}, {@value #DEFAULT_MAX_PARTS} parts, every text field kept, every
         * part with a filename a file, empty file inputs dropped.
         */
        public static Options of(Path tempDir, String tempPrefix, long maxBodyBytes) {
            return new Options(tempDir, tempPrefix, maxBodyBytes, maxBodyBytes, maxBodyBytes, maxBodyBytes,
                    DEFAULT_MAX_PARTS, null, null, true, false, null);
        }

        /**
         * A REST upload of one file with a few text fields: parts named {@code fileField} are files (even sent
         * without a filename; an empty one is kept, for the caller to refuse), each text field at most
         * {@code maxFieldBytes}, at most {@code maxParts} parts, and the body at most the file plus room for the
         * fields and the part headers ({@code maxParts} x ({@code maxFieldBytes} + 1 KiB)). A second file part
         * is refused by {@link Result#singleFile}.
         */
        public static Options oneFile(Path tempDir, String tempPrefix, String fileField, long maxFileBytes,
                                      long maxFieldBytes, int maxParts) {
            return of(tempDir, tempPrefix, maxFileBytes + maxParts * (maxFieldBytes + 1024L))
                    .withMaxFileBytes(maxFileBytes)
                    .withMaxFieldBytes(maxFieldBytes)
                    .withMaxParts(maxParts)
                    .withFileFields(Set.of(fileField))
                    .withSkipEmptyFileInputs(false);
        }

        /** {@link #maxTotalBytes()}: the fields and files kept, together. */
        public Options withMaxTotalBytes(long bytes) { return edit(d -> d.maxTotalBytes = bytes); }

        /** {@link #maxFileBytes()}: one file. */
        public Options withMaxFileBytes(long bytes) { return edit(d -> d.maxFileBytes = bytes); }

        /** {@link #maxFieldBytes()}: one text field. */
        public Options withMaxFieldBytes(long bytes) { return edit(d -> d.maxFieldBytes = bytes); }

        /** {@link #maxParts()}: the parts of the body, skipped ones included. */
        public Options withMaxParts(int parts) { return edit(d -> d.maxParts = parts); }

        /** {@link #fileFields()}: the only parts taken as files; null for every part with a filename. */
        public Options withFileFields(Set<String> names) { return edit(d -> d.fileFields = names); }

        /** {@link #textFields()}: the only text fields kept; null for all. */
        public Options withTextFields(Set<String> names) { return edit(d -> d.textFields = names); }

        /** {@link #skipEmptyFileInputs()}: whether a file input left empty is dropped. */
        public Options withSkipEmptyFileInputs(boolean skip) { return edit(d -> d.skipEmptyFileInputs = skip); }

        /** {@link #skipOversizedFiles()}: whether a file over its limit is listed by name instead of refused. */
        public Options withSkipOversizedFiles(boolean skip) { return edit(d -> d.skipOversizedFiles = skip); }

        /** {@link #digestAlgorithm()}: each file's digest with this algorithm; null for none. */
        public Options withDigest(String algorithm) { return edit(d -> d.digestAlgorithm = algorithm); }

        private Options edit(Consumer<Draft> change) {
            Draft d = new Draft(this);
            change.accept(d);
            return new Options(tempDir, tempPrefix, maxBodyBytes, d.maxTotalBytes, d.maxFileBytes, d.maxFieldBytes,
                    d.maxParts, d.fileFields, d.textFields, d.skipEmptyFileInputs, d.skipOversizedFiles,
                    d.digestAlgorithm);
        }
    }

    /** The options a {@code with...} method changes. */
    private static final class Draft {
        long maxTotalBytes;
        long maxFileBytes;
        long maxFieldBytes;
        int maxParts;
        Set<String> fileFields;
        Set<String> textFields;
        boolean skipEmptyFileInputs;
        boolean skipOversizedFiles;
        String digestAlgorithm;

        Draft(Options o) {
            maxTotalBytes = o.maxTotalBytes();
            maxFileBytes = o.maxFileBytes();
            maxFieldBytes = o.maxFieldBytes();
            maxParts = o.maxParts();
            fileFields = o.fileFields();
            textFields = o.textFields();
            skipEmptyFileInputs = o.skipEmptyFileInputs();
            skipOversizedFiles = o.skipOversizedFiles();
            digestAlgorithm = o.digestAlgorithm();
        }
    }

    /** A file part as the client sent it: received ({@link ReceivedFile}) or dropped for its size ({@link OversizedFile}). */
    public sealed interface SentFile permits ReceivedFile, OversizedFile {
        /** The part's name. */
        String field();

        /**
         * The name the client sent, its last path segment without surrounding blanks ({@link #filename(String)});
         * empty when it sent none. Untrusted.
         */
        String filename();

        /** The type the client claimed, or null. Untrusted: check the bytes. */
        String contentType();

        /** The size in bytes. */
        long size();
    }

    /**
     * A file received into a temporary file.
     *
     * @param path   the temporary file; the caller moves or deletes it
     * @param digest the lowercase hex digest of the bytes with {@link Options#digestAlgorithm()}, or null
     */
    public record ReceivedFile(String field, String filename, String contentType, long size, Path path,
                               String digest) implements SentFile {
    }

    /**
     * A file over {@link Options#maxFileBytes()} that was read to its end and dropped
     * ({@link Options#skipOversizedFiles()}).
     *
     * @param size the bytes it had, more than the limit
     */
    public record OversizedFile(String field, String filename, String contentType, long size) implements SentFile {
    }

    /**
     * What the body held.
     *
     * @param fields    the text fields, in the order they came: name to values, in order
     * @param sentFiles the file parts, in the order they came: received, or dropped for their size (only with
     *                  {@link Options#skipOversizedFiles()})
     */
    public record Result(Map<String, List<String>> fields, List<SentFile> sentFiles) {
        public Result {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            fields = java.util.Collections.unmodifiableMap(copy);
            sentFiles = List.copyOf(sentFiles);
        }

        /** The first value of a text field, or null when there was none. */
        public String field(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The files received, in the order they came. */
        public List<ReceivedFile> files() {
            return sentFiles.stream().filter(ReceivedFile.class::isInstance).map(ReceivedFile.class::cast).toList();
        }

        /** The files of one field received, in order. */
        public List<ReceivedFile> files(String field) {
            return files().stream().filter(f -> f.field().equals(field)).toList();
        }

        /** The files dropped for their size, in the order they came. */
        public List<OversizedFile> oversized() {
            return sentFiles.stream().filter(OversizedFile.class::isInstance).map(OversizedFile.class::cast).toList();
        }

        /**
         * The one file of a field, or null when none came; when more than one came, every received file is deleted
         * and the answer is a 400 ("Send one part named '...'.").
         */
        public ReceivedFile singleFile(String field) {
            List<ReceivedFile> sent = files(field);
            if (sent.size() > 1) {
                deleteFiles();
                throw ProblemException.badRequest("Send one part named '" + field + "'.");
            }
            return sent.isEmpty() ? null : sent.get(0);
        }

        /** Deletes every received file; quietly, as the temporary folder is cleaned at the next start anyway. */
        public void deleteFiles() {
            BoundedUpload.deleteQuietly(files().stream().map(ReceivedFile::path).toList());
        }
    }

    /** Which limit a body went over. */
    public enum Limit {
        /** {@link Options#maxBodyBytes()}: the whole body. */
        BODY,
        /** {@link Options#maxTotalBytes()}: the fields and files kept, together. */
        TOTAL,
        /** {@link Options#maxFileBytes()}: one file. */
        FILE,
        /** {@link Options#maxFieldBytes()}: one text field. */
        FIELD
    }

    /** Something about the body made it unacceptable; nothing was kept. */
    public abstract static sealed class RefusedException extends Exception
            permits TooLargeException, TooManyPartsException, UnreadableException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message, Throwable cause) {
            super(message, cause);
        }

        /**
         * What a REST resource usually answers: a 400 naming a field over its limit, a 413 for the body, all it holds
         * or a file, and a 400 "The multipart body could not be read: ..." for the rest.
         */
        public ProblemException toProblem() {
            if (this instanceof TooLargeException large) {
                return large.limit() == Limit.FIELD ? ProblemException.badRequest(getMessage())
                        : new ProblemException(413, "Content Too Large", getMessage());
            }
            return ProblemException.badRequest("The multipart body could not be read: " + getMessage());
        }
    }

    /** The body, all it holds, one file or one field is over its limit (usually answered with 413). */
    public static final class TooLargeException extends RefusedException {
        private static final long serialVersionUID = 1L;
        private final Limit limit;
        private final long maxBytes;
        private final String field;

        TooLargeException(Limit limit, long maxBytes, String field) {
            super(switch (limit) {
                case BODY -> "The body is larger than " + maxBytes + " bytes.";
                case TOTAL -> "The fields and files are larger than " + maxBytes + " bytes together.";
                case FILE -> "The file in '" + field + "' is larger than " + maxBytes + " bytes.";
                case FIELD -> "The field '" + field + "' is longer than " + maxBytes + " bytes.";
            }, null);
            this.limit = limit;
            this.maxBytes = maxBytes;
            this.field = field;
        }

        /** The limit it went over. */
        public Limit limit() {
            return limit;
        }

        /** That limit, in bytes. */
        public long maxBytes() {
            return maxBytes;
        }

        /** The part that went over it, or null for the body. */
        public String field() {
            return field;
        }
    }

    /** The body has more parts than {@link Options#maxParts()} (usually answered with 400). */
    public static final class TooManyPartsException extends RefusedException {
        private static final long serialVersionUID = 1L;
        private final int maxParts;

        TooManyPartsException(int maxParts) {
            super("The body has more than " + maxParts + " parts.", null);
            this.maxParts = maxParts;
        }

        public int maxParts() {
            return maxParts;
        }
    }

    /**
     * The body is not {@code multipart/form-data} as it claims, is malformed, or broke off (usually answered
     * with 400). The message is the parser's.
     */
    public static final class UnreadableException extends RefusedException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final boolean file;

        UnreadableException(Throwable cause, String field, boolean file) {
            super(cause.getMessage(), cause);
            this.field = field;
            this.file = file;
        }

        /** The part being read when it broke, or null when it broke between parts. */
        public String field() {
            return field;
        }

        /** Whether that part was being received as a file. */
        public boolean inFile() {
            return file;
        }
    }

    private MultipartReader() {
    }

    /**
     * Reads the body.
     *
     * @param contentType   the request's {@code Content-Type}, with its boundary
     * @param contentLength the request's {@code Content-Length}, or -1 when unknown
     * @throws IOException when a temporary file cannot be written (the server's side)
     */
    public static Result read(InputStream body, String contentType, long contentLength, Options options)
            throws TooLargeException, TooManyPartsException, UnreadableException, IOException {
        if (contentLength > options.maxBodyBytes()) {
            throw new TooLargeException(Limit.BODY, options.maxBodyBytes(), null);
        }
        FileUpload upload = new FileUpload();
        upload.setSizeMax(options.maxBodyBytes());
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        Reading reading = new Reading(options);
        boolean complete = false;
        try {
            FileItemIterator parts;
            try {
                parts = upload.getItemIterator(context(body, contentType, contentLength));
            } catch (FileUploadException | IOException e) {
                throw reading.refusal(e, null, false);
            }
            while (reading.next(parts)) {
                reading.part();
            }
            complete = true;
            return new Result(reading.fields, reading.files);
        } catch (TooLargeException | TooManyPartsException | UnreadableException e) {
            throw e;
        } catch (RefusedException e) {
            throw new IllegalStateException(e); // sealed: one of the above
        } finally {
            if (!complete) {
                new Result(Map.of(), reading.files).deleteFiles();
            }
        }
    }

    /**
     * {@link #read} for a REST resource: a refusal is thrown as the {@link ProblemException} {@code answer} makes of
     * it, or as its usual one ({@link RefusedException#toProblem()}) when {@code answer} gives null; a temporary
     * folder that cannot be written as an {@link UncheckedIOException} (a 500).
     */
    public static Result readOrAnswer(InputStream body, String contentType, long contentLength, Options options,
                                      Function<RefusedException, ProblemException> answer) {
        try {
            return read(body, contentType, contentLength, options);
        } catch (TooLargeException | TooManyPartsException | UnreadableException e) {
            ProblemException problem = answer.apply(e);
            throw problem != null ? problem : e.toProblem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last segment of a sent filename (old browsers send a whole path), without surrounding blanks. */
    public static String filename(String sent) {
        if (sent == null) {
            return "";
        }
        String s = sent.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1).strip();
    }

    /** One body being read: what it gave so far and the budget left. */
    private static final class Reading {
        private final Options options;
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final List<SentFile> files = new ArrayList<>();
        private long used;
        private int count;
        private FileItemStream part;

        Reading(Options options) {
            this.options = options;
        }

        boolean next(FileItemIterator parts) throws RefusedException {
            try {
                if (!parts.hasNext()) {
                    return false;
                }
                part = parts.next();
            } catch (FileUploadException | IOException e) {
                throw refusal(e, null, false);
            }
            if (++count > options.maxParts()) {
                throw new TooManyPartsException(options.maxParts());
            }
            return true;
        }

        void part() throws RefusedException, IOException {
            String name = part.getFieldName();
            boolean listed = options.fileFields() != null && name != null && options.fileFields().contains(name);
            boolean file = name != null && (listed || (!part.isFormField() && options.fileFields() == null));
            boolean text = name != null && !file && part.isFormField()
                    && (options.textFields() == null || options.textFields().contains(name));
            try (InputStream in = part.openStream()) { // closing reads what is left of the part
                if (file) {
                    file(in, name);
                } else if (text) {
                    text(in, name);
                } else {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            } catch (ServerSide e) {
                throw e.getCause();
            } catch (IOException e) {
                throw refusal(e, name, file);
            }
        }

        private void text(InputStream in, String name) throws IOException, TooLargeException {
            long left = options.maxTotalBytes() - used;
            boolean totalFirst = left < options.maxFieldBytes();
            long max = Math.min(options.maxFieldBytes(), left);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > max) {
                    throw totalFirst ? new TooLargeException(Limit.TOTAL, options.maxTotalBytes(), name)
                            : new TooLargeException(Limit.FIELD, options.maxFieldBytes(), name);
                }
            }
            used += out.size();
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(out.toString(StandardCharsets.UTF_8));
        }

        /**
         * Receives one file. An IOException thrown from here is the client's (reading the body); the server's
         * (writing the temporary file) comes wrapped in {@link ServerSide}.
         */
        private void file(InputStream part, String name) throws RefusedException, IOException {
            long left = options.maxTotalBytes() - used;
            boolean totalFirst = left < options.maxFileBytes();
            long max = Math.min(options.maxFileBytes(), left);
            String filename = filename(this.part.getName());
            String contentType = this.part.getContentType();
            MessageDigest digest = options.digestAlgorithm() == null ? null : digest(options.digestAlgorithm());
            CountingInputStream in = new CountingInputStream(part);
            BoundedUpload.Received received;
            try {
                Files.createDirectories(options.tempDir());
                received = BoundedUpload.toTempFile(in, options.tempDir(), options.tempPrefix(), max, digest);
            } catch (BoundedUpload.TooLargeException e) {
                if (totalFirst) {
                    throw new TooLargeException(Limit.TOTAL, options.maxTotalBytes(), name);
                }
                if (!options.skipOversizedFiles()) {
                    throw new TooLargeException(Limit.FILE, options.maxFileBytes(), name);
                }
                in.transferTo(OutputStream.nullOutputStream()); // the rest still counts against the body's limit
                files.add(new OversizedFile(name, filename, contentType, in.count));
                return;
            } catch (BoundedUpload.UnreadableException e) {
                throw refusal(e.getCause(), name, true);
            } catch (IOException e) {
                throw new ServerSide(e);
            }
            boolean empty = received.size() == 0 && filename.isEmpty();
            if (empty && options.skipEmptyFileInputs()) {
                BoundedUpload.deleteQuietly(List.of(received.file()));
                return;
            }
            used += received.size();
            files.add(new ReceivedFile(name, filename, contentType, received.size(), received.file(),
                    digest == null ? null : HexFormat.of().formatHex(digest.digest())));
        }

        /** What a parser's or a stream's exception means: over the body's limit, or unreadable. */
        RefusedException refusal(Throwable e, String field, boolean file) {
            Throwable cause = e instanceof FileUploadBase.FileUploadIOException && e.getCause() != null
                    ? e.getCause() : e;
            if (cause instanceof FileUploadBase.SizeLimitExceededException) {
                return new TooLargeException(Limit.BODY, options.maxBodyBytes(), null);
            }
            return new UnreadableException(cause, field, file);
        }
    }

    /** A temporary file could not be written: carried past the handlers of the client's IOExceptions. */
    private static final class ServerSide extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerSide(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Counts what was read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("No digest " + algorithm, e);
        }
    }

    private static UploadContext context(InputStream body, String contentType, long contentLength) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return contentLength;
            }

            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            @Deprecated
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, contentLength);
            }

            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
    }
}
