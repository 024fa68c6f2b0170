package org.hromada.documents.internal.attachments.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, with PDFBox. A scanned PDF has none (no OCR here): its status is
 * {@link TextStatus#NO_TEXT}. The parser's buffers go to temporary files, not the heap, and reading
 * stops once the text to keep is complete.
 */
final class PdfText {

    private PdfText() {
    }

    static ExtractedText extract(Path file) throws IOException {
        CappedText text = new CappedText();
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            new PDFTextStripper().writeText(pdf, new CappedWriter(text));
        } catch (IOException e) {
            if (!text.isFull()) {
                throw e;
            }
            // the writer stopped the stripper: all that will be kept is in
        }
        return text.result();
    }

    private static final class CappedWriter extends Writer {
        private final CappedText text;

        CappedWriter(CappedText text) {
            this.text = text;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            text.append(CharBuffer.wrap(chars, offset, length));
            if (text.isFull()) {
                throw new IOException("Enough text.");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
