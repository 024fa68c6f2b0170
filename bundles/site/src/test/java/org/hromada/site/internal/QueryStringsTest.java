package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringsTest {

    @Test
    void decodesUtf8PlusAndRepeatedNames() {
        Map<String, List<String>> q = QueryStrings.parse("q=%D1%80%D1%96%D1%88%D0%B5%D0%BD%D0%BD%D1%8F+%D1%80%D0%B0%D0%B4%D0%B8&tag=a&tag=b&flag");
        assertEquals(List.of("рішення ради"), q.get("q"));
        assertEquals(List.of("a", "b"), q.get("tag"));
        assertEquals(List.of(""), q.get("flag"));
    }

    @Test
    void brokenEscapesStayAsTyped() {
        assertEquals(List.of("%zz"), QueryStrings.parse("q=%zz").get("q"));
        assertEquals(List.of("50%"), QueryStrings.parse("q=50%").get("q"));
        assertEquals(List.of("%"), QueryStrings.parse("page=%").get("page"));
        assertEquals(List.of("ї"), QueryStrings.parse("q=ї").get("q"));
    }

    @Test
    void emptyAndMissingQueries() {
        assertEquals(Map.of(), QueryStrings.parse(null));
        assertEquals(Map.of(), QueryStrings.parse("&&"));
    }
}
