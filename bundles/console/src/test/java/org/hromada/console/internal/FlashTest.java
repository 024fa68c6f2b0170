package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FlashTest {

    @Test
    void roundTrip() {
        Flash f = new Flash("news", "news.saved");
        assertEquals("news|news.saved", f.encode());
        assertEquals(f, Flash.decode(f.encode()));
    }

    @Test
    void nothingUnsafeIsEncoded() {
        assertNull(new Flash("news", "a b").encode());
        assertNull(new Flash("news", "<script>").encode());
        assertNull(new Flash("News!", "ok").encode());
        assertNull(new Flash("news", "").encode());
    }

    @Test
    void tamperedCookiesAreIgnored() {
        assertNull(Flash.decode(null));
        assertNull(Flash.decode("news.saved"));
        assertNull(Flash.decode("news|<b>"));
        assertNull(Flash.decode("../x|y"));
        assertNull(Flash.decode("|key"));
    }
}
