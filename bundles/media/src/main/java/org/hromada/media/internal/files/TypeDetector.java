package org.hromada.media.internal.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a file from its bytes alone (Apache Tika's magic numbers), never from its name; the
 * containers tika-core cannot look into are opened by {@link OfficeContainers}. A plain-text file
 * named {@code .csv} is a CSV file: the two cannot be told apart by content.
 */
public final class TypeDetector {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private TypeDetector() {
    }

    public static AllowedType detect(Path file, String filename) throws IOException, UnsupportedTypeException {
        String detected = tikaType(file);
        switch (detected) {
            case "application/x-tika-ooxml":
                return OfficeContainers.ooxml(file).orElseThrow(() -> new UnsupportedTypeException(detected));
            case "application/x-tika-msoffice":
                return OfficeContainers.ole2(file).orElseThrow(() -> new UnsupportedTypeException(detected));
            case "text/plain":
                return FileNames.extensionOf(filename).filter(AllowedType.CSV::hasExtension).isPresent()
                        ? AllowedType.CSV : AllowedType.TEXT;
            default:
                return AllowedType.ofMediaType(detected).orElseThrow(() -> new UnsupportedTypeException(detected));
        }
    }

    /** Tika's name for the bytes, without parameters, e.g. {@code application/pdf}. */
    static String tikaType(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaType type = TYPES.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }
}
