// Makes decision.pdf, the PDF fixture with Ukrainian text (DejaVu Sans, embedded as a subset).
// Run from this folder: jshell --class-path <pdfbox, pdfbox-io, fontbox and commons-logging jars> make-decision-pdf.jsh
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
var doc = new PDDocument();
var page = new PDPage();
doc.addPage(page);
var font = PDType0Font.load(doc, new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
try (var text = new PDPageContentStream(doc, page)) {
    text.beginText();
    text.setFont(font, 14);
    text.newLineAtOffset(72, 700);
    text.showText("Про затвердження Програми розвитку");
    text.newLineAtOffset(0, -24);
    text.showText("Рішення сесії № 12-VIII, 2025 рік");
    text.endText();
}
doc.save("decision.pdf");
doc.close();
/exit
