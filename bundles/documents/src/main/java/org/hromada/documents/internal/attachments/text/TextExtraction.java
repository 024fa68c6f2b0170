package org.hromada.documents.internal.attachments.text;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.hromada.documents.internal.attachments.AttachmentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of an attachment, for search. Never throws: a file that cannot be read gets
 * {@link TextStatus#FAILED} and is attached all the same (the media library has already judged
 * whether it may be kept).
 */
public final class TextExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(TextExtraction.class);

    private TextExtraction() {
    }

    public static ExtractedText of(Path file, AttachmentType type) {
        try {
            return switch (type) {
                case PDF -> PdfText.extract(file);
                case DOCX -> DocxText.extract(file, ZipXmlEntry.MAX_BYTES);
                case ODT -> OdtText.extract(file, ZipXmlEntry.MAX_BYTES);
                // Scans and photos: no OCR engine is available to the server, so they carry no text.
                case JPEG, PNG -> ExtractedText.none();
            };
        } catch (IOException | XMLStreamException | RuntimeException | StackOverflowError e) {
            // StackOverflowError: PDFBox parses nested objects recursively, and a crafted file can nest deeply.
            LOG.info("No text from a {} attachment: {}", type, e.toString());
            return ExtractedText.failed();
        }
    }
}
