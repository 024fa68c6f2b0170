package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AssetsTest {
    final ClassLoader cl = getClass().getClassLoader();
    final Assets assets = new Assets(cl::getResource, "abc");

    @Test
    void webjarVersionsMatchThePom() {
        assertNotNull(cl.getResource(Assets.HTMX_DIR + "htmx.min.js"), "htmx version in Assets and pom differ");
        assertNotNull(cl.getResource(Assets.TINYMCE_DIR + "tinymce.min.js"), "TinyMCE version in Assets and pom differ");
    }

    @Test
    void servesVersionedFilesImmutably() throws IOException {
        Assets.Asset htmx = assets.find("htmx/" + Assets.HTMX_VERSION + "/htmx.min.js");
        assertNotNull(htmx);
        assertEquals(Assets.LONG_CACHE, htmx.cacheControl());
        Assets.Asset skin = assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/skins/ui/oxide/skin.min.css");
        assertNotNull(skin);
        assertTrue(skin.contentType().startsWith("text/css"));
        assertNotNull(assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/plugins/link/plugin.min.js"));
        assertNotNull(assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/models/dom/model.min.js"));
        assertNotNull(assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/icons/default/icons.min.js"));
        assertEquals(Assets.LONG_CACHE, assets.find("abc/console.css").cacheControl());
        assertEquals("no-cache", assets.find("old/console.css").cacheControl());
    }

    @Test
    void nothingElse() throws IOException {
        assertNull(assets.find("abc/ui.ftl"));
        assertNull(assets.find("abc/../ui.ftl"));
        assertNull(assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/../../../../hromada-console/ui.ftl"));
        assertNull(assets.find("tinymce/" + Assets.TINYMCE_VERSION + "/README.md"), "no type, not served");
        assertNull(assets.find("htmx/" + Assets.HTMX_VERSION + "/htmx.js"));
        assertNull(assets.find("htmx/1.0.0/htmx.min.js"));
        assertNull(assets.find(""));
    }

    @Test
    void urlsForTemplates() {
        assertEquals("/console/assets/tinymce/" + Assets.TINYMCE_VERSION + "/", assets.urls().get("tinymce"));
        assertEquals("/console/assets/abc/console.css", assets.urls().get("css"));
        assertEquals("/console/assets/abc/tinymce-i18n.js", assets.urls().get("tinymceI18n"));
    }

    @Test
    void tinymceTranslationCoversTheToolbarAndIsSafeJs() {
        ConsoleMessages messages = new ConsoleMessages(cl::getResource);
        String js = Assets.tinymceI18n("uk", messages);
        for (String english : new String[] {"Bold", "Italic", "Headings", "Bulleted list", "Numbered list", "Link", "Image",
                "Undo", "Redo", "Blocks", "Paragraph", "Heading 2", "Heading 3", "Blockquote", "Remove link",
                "Insert/Edit Link", "URL", "Text to display", "Save", "Cancel", "Source code"}) {
            assertTrue(js.contains("\"" + english + "\": \""), english);
        }
        assertTrue(js.contains("\"Italic\": \"Курсив\""));
        assertEquals("\"a\\\"b\\u003c/script\\u003e\"", Assets.json("a\"b</script>"));
    }
}
