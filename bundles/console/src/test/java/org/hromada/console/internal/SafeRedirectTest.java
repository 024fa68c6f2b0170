package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/console/", "/console", "/console/news", "/console/news/12/edit",
            "/console/news?page=2&q=%D0%9A%D0%B8%D1%97%D0%B2", "/console/audit?from=2026-01-01"})
    void localConsolePathsAreKept(String target) {
        assertEquals(target, SafeRedirect.target(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/console/", "/\\evil.example", "\\\\evil",
            "/console//evil.example", "/consolex", "/console/../api/v1/x", "/console/%2e%2e/api", "/console/a%2Fb",
            "javascript:alert(1)", "/console/news\r\nSet-Cookie: x=1", "/console/sign-in", "/console/sign-out",
            "/api/v1/system/bundles", " /console/", "/console/news#x\"", ""})
    void everythingElseGoesToTheDashboard(String target) {
        assertEquals("/console/", SafeRedirect.target(target));
    }

    @org.junit.jupiter.api.Test
    void nullGoesToTheDashboard() {
        assertEquals("/console/", SafeRedirect.target(null));
    }
}
