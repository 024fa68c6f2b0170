package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.template.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
    @TempDir
    Path dir;

    private String render(String template, Map<String, Object> data) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), template);
        TemplateEngine engine = new TemplateEngine(() -> List.of(new DirectoryFolder(dir)), 0);
        return engine.render("t.ftl", data, Locale.forLanguageTag("uk-UA"));
    }

    @Test
    void ftlIsHtmlWithAutoEscaping() throws Exception {
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;</p>",
                render("<p>${v}</p>", Map.of("v", "<script>alert('x')</script> & \"")));
    }

    @Test
    void numbersPrintAsWrittenForUrls() throws Exception {
        assertEquals("/news/1234567", render("/news/${id}", Map.of("id", 1234567L)));
    }

    @Test
    void templatesCannotReachJava() {
        assertThrows(TemplateException.class,
                () -> render("${'freemarker.template.utility.Execute'?new()('id')}", Map.of()));
        assertThrows(TemplateException.class, () -> render("${m?api.size()}", Map.of("m", Map.of("a", 1))));
    }

    @Test
    void errorsAreThrownNotPrintedIntoThePage() {
        assertThrows(TemplateException.class, () -> render("before ${missing} after", Map.of()));
    }

    @Test
    void recordsShowTheirComponents() throws Exception {
        assertEquals("A &amp; B", render("${item.title}", Map.of("item", new TestItem("A & B"))));
    }

    @Test
    void ftlxFilesEscapeAsXml() throws Exception {
        Files.writeString(dir.resolve("feed.ftlx"), "<t>${v}</t>");
        TemplateEngine engine = new TemplateEngine(() -> List.of(new DirectoryFolder(dir)), 0);
        assertEquals("<t>&apos;</t>", engine.render("feed.ftlx", Map.of("v", "'"), Locale.ROOT));
    }
}
