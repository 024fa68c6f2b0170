package org.hromada.documents.internal.attachments.text;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an ODT: the paragraphs and headings ({@code text:p}, {@code text:h}) of
 * {@code content.xml}, one per line, with their spaces ({@code text:s}), tabs and line breaks.
 */
final class OdtText {
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdtText() {
    }

    static ExtractedText extract(Path file, long maxXmlBytes) throws IOException, XMLStreamException {
        CappedText text = new CappedText();
        try (ZipXmlEntry entry = ZipXmlEntry.open(file, "content.xml", maxXmlBytes)) {
            XMLStreamReader xml = entry.xml();
            int paragraphs = 0; // open paragraphs: a frame's paragraph may sit inside another
            while (xml.hasNext() && !text.isFull()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && TEXT.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p", "h" -> paragraphs++;
                        case "s" -> text.append(" ".repeat(spaces(xml)));
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TEXT.equals(xml.getNamespaceURI())
                        && ("p".equals(xml.getLocalName()) || "h".equals(xml.getLocalName()))) {
                    paragraphs--;
                    text.endParagraph();
                } else if (paragraphs > 0 && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
        }
        return text.result();
    }

    /** {@code <text:s text:c="3"/>} stands for three spaces; bounded so a crafted count cannot blow up. */
    private static int spaces(XMLStreamReader xml) {
        String count = xml.getAttributeValue(TEXT, "c");
        try {
            return count == null ? 1 : Math.max(1, Math.min(Integer.parseInt(count.strip()), 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
