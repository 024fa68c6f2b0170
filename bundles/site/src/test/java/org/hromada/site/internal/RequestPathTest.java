package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathTest {

    private static RequestPath.Page page(String raw) {
        return assertInstanceOf(RequestPath.Page.class, RequestPath.parse(raw, null));
    }

    private static String redirect(String raw, String query) {
        return assertInstanceOf(RequestPath.Redirect.class, RequestPath.parse(raw, query)).location();
    }

    @Test
    void ukrainianIsTheDefaultLanguage() {
        RequestPath.Page root = page("/");
        assertEquals("uk", root.language());
        assertEquals("/", root.path());
        assertEquals("/", root.home());
        assertEquals("/en/", root.alternate());
        assertEquals(List.of(), root.segments());

        RequestPath.Page news = page("/novyny/pershyi");
        assertEquals("uk", news.language());
        assertEquals(List.of("novyny", "pershyi"), news.segments());
        assertEquals("/en/novyny/pershyi", news.alternate());
    }

    @Test
    void englishPrefixIsStripped() {
        RequestPath.Page home = page("/en/");
        assertEquals("en", home.language());
        assertEquals("/", home.path());
        assertEquals("/en/", home.home());
        assertEquals("/", home.alternate());
        assertEquals("/en/", home.url());

        RequestPath.Page item = page("/en/examples/7");
        assertEquals("en", item.language());
        assertEquals("/examples/7", item.path());
        assertEquals(List.of("examples", "7"), item.segments());
        assertEquals("/examples/7", item.alternate());
        assertEquals("/en/examples/7", item.url());
    }

    @Test
    void aPathThatOnlyStartsWithEnIsUkrainian() {
        RequestPath.Page page = page("/english");
        assertEquals("uk", page.language());
        assertEquals(List.of("english"), page.segments());
    }

    @Test
    void segmentsAreDecodedOneByOne() {
        RequestPath.Page page = page("/a%20b/%D0%BA%D0%B8%D1%97%D0%B2/x%2Fy/1+2");
        assertEquals(List.of("a b", "київ", "x/y", "1+2"), page.segments());
        assertEquals("/a%20b/%D0%BA%D0%B8%D1%97%D0%B2/x%2Fy/1+2", page.rawPath());
    }

    @Test
    void enWithoutSlashMovesToEnHome() {
        assertEquals("/en/", redirect("/en", null));
        assertEquals("/en/?q=1", redirect("/en", "q=1"));
    }

    @Test
    void trailingSlashMovesToThePathWithout() {
        assertEquals("/examples", redirect("/examples/", null));
        assertEquals("/en/examples", redirect("/en/examples/", null));
        assertEquals("/examples?page=2", redirect("/examples/", "page=2"));
        assertEquals("/", redirect("//", null));
    }

    @Test
    void homesKeepTheirSlash() {
        assertInstanceOf(RequestPath.Page.class, RequestPath.parse("/", null));
        assertInstanceOf(RequestPath.Page.class, RequestPath.parse("/en/", null));
        assertInstanceOf(RequestPath.Page.class, RequestPath.parse("", null));
    }

    @Test
    void neverRedirectsOffSite() {
        // "//host/" trimmed would be "//host", a protocol-relative URL to another site.
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("//evil.example/", null));
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("/en//evil.example/", null));
    }

    @Test
    void brokenEscapesAndEmptySegmentsAreNoPage() {
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("/a%zz", null));
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("/a%C3", null));
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("/a//b", null));
        assertInstanceOf(RequestPath.Invalid.class, RequestPath.parse("relative", null));
    }
}
