package org.hromada.content.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static Pagination page(String raw, long total) {
        return Pagination.of(raw, 10, total).orElseThrow();
    }

    @Test
    void pageCountRoundsUp() {
        assertEquals(1, page(null, 0).pageCount());
        assertEquals(1, page(null, 10).pageCount());
        assertEquals(2, page(null, 11).pageCount());
        assertEquals(315, page(null, 3143).pageCount());
    }

    @Test
    void offsetsAndNeighbours() {
        Pagination second = page("2", 25);
        assertEquals(2, second.page());
        assertEquals(10, second.offset());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
        Pagination last = page("3", 25);
        assertEquals(20, last.offset());
        assertFalse(last.hasNext());
        Pagination first = page("1", 25);
        assertFalse(first.hasPrevious());
        assertEquals(0, first.offset());
    }

    @Test
    void whateverAVisitorTypesThatIsNotAPageNumberIsTheFirstPage() {
        for (String raw : new String[] {null, "", " ", "abc", "-3", "0", "1.5", "2e3", "٣", "１"}) {
            assertEquals(1, page(raw, 100).page(), "?page=" + raw);
        }
        assertEquals(2, page(" 2 ", 100).page());
        assertEquals(3, page("003", 100).page());
    }

    @Test
    void aPagePastTheEndDoesNotExist() {
        assertEquals(Optional.empty(), Pagination.of("4", 10, 25));
        assertEquals(Optional.empty(), Pagination.of("2", 10, 0));
        assertEquals(Optional.empty(), Pagination.of("99999999999999999999999", 10, 25));
        assertEquals(Optional.empty(), Pagination.of("9223372036854775807", 10, 25));
        assertTrue(Pagination.of("1", 10, 0).isPresent(), "an empty list still has its first page");
    }
}
