package org.hromada.documents.internal.attachments.text;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a DOCX: the runs of text ({@code w:t}) of {@code word/document.xml}, one line per
 * paragraph ({@code w:p}); field codes ({@code w:instrText}) and deleted text ({@code w:delText})
 * are not part of what the document says, so they are skipped.
 */
final class DocxText {
    static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() {
    }

    static ExtractedText extract(Path file, long maxXmlBytes) throws IOException, XMLStreamException {
        CappedText text = new CappedText();
        try (ZipXmlEntry entry = ZipXmlEntry.open(file, "word/document.xml", maxXmlBytes)) {
            XMLStreamReader xml = entry.xml();
            boolean inText = false;
            while (xml.hasNext() && !text.isFull()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> text.append('\t');
                        case "br", "cr" -> text.append('\n');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> text.endParagraph();
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
        }
        return text.result();
    }
}
