package org.hromada.requests.internal.attachments;

import java.nio.file.Path;
import java.util.function.Function;
import org.hromada.platform.api.Hromada;

/**
 * The limits on files, from the framework properties (each also a {@code HROMADA_*} variable).
 *
 * @param maxBytes          one file attached by staff ({@value #MAX_BYTES}, default 10 MB)
 * @param totalBytes        all files of one request ({@value #TOTAL_BYTES}, default 50 MB)
 * @param publicMaxBytes    one file sent with a request by the public ({@value #PUBLIC_MAX_BYTES}, default 5 MB)
 * @param publicMaxFiles    files sent with one request by the public ({@value #PUBLIC_MAX_FILES}, default 3)
 * @param mailMaxBytes      the answer's files go with its e-mail up to this total ({@value #MAIL_MAX_BYTES},
 *                          default 10 MB); larger ones are downloaded from the tracking page
 * @param downloadMinutes   how long a download link from the tracking page works ({@value #DOWNLOAD_MINUTES}, default 60)
 * @param secret            the key download links are signed with ({@value #SECRET}); null: one generated and
 *                          kept in the database, so every node of a cluster shares it
 * @param tempDir           where uploads are received ({@code <data.dir>/requests/tmp})
 */
public record AttachmentSettings(long maxBytes, long totalBytes, long publicMaxBytes, int publicMaxFiles,
                                 long mailMaxBytes, long downloadMinutes, String secret, Path tempDir) {
    static final String MAX_BYTES = "hromada.requests.attachments.max.bytes";
    static final String TOTAL_BYTES = "hromada.requests.attachments.total.bytes";
    static final String PUBLIC_MAX_BYTES = "hromada.requests.attachments.public.max.bytes";
    static final String PUBLIC_MAX_FILES = "hromada.requests.attachments.public.max.files";
    static final String MAIL_MAX_BYTES = "hromada.requests.attachments.mail.max.bytes";
    static final String DOWNLOAD_MINUTES = "hromada.requests.download.minutes";
    static final String SECRET = "hromada.requests.download.secret";
    private static final long MB = 1024L * 1024;

    public static AttachmentSettings from(Function<String, String> properties) {
        String data = properties.apply(Hromada.DATA_DIR);
        String secret = properties.apply(SECRET);
        return new AttachmentSettings(positive(properties.apply(MAX_BYTES), 10 * MB),
                positive(properties.apply(TOTAL_BYTES), 50 * MB), positive(properties.apply(PUBLIC_MAX_BYTES), 5 * MB),
                (int) Math.min(20, positive(properties.apply(PUBLIC_MAX_FILES), 3)),
                positive(properties.apply(MAIL_MAX_BYTES), 10 * MB), positive(properties.apply(DOWNLOAD_MINUTES), 60),
                secret == null || secret.isBlank() ? null : secret.strip(),
                Path.of(data == null || data.isBlank() ? "data" : data, "requests", "tmp"));
    }

    /** What a public multipart body may reach: the files and room for the text fields. */
    public long publicBodyBytes() {
        return publicMaxBytes * publicMaxFiles + 256 * 1024;
    }

    /** Sizes as people read them: {@code 5 MB}, {@code 300 kB}. */
    public static String readable(long bytes) {
        if (bytes >= MB) {
            return (bytes % MB == 0 ? String.valueOf(bytes / MB) : String.format(java.util.Locale.ROOT, "%.1f",
                    bytes / (double) MB)) + " MB";
        }
        return Math.max(1, (bytes + 1023) / 1024) + " kB";
    }

    private static long positive(String raw, long fallback) {
        try {
            long value = raw == null ? fallback : Long.parseLong(raw.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
