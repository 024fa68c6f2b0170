package org.hromada.documents.internal.sessions.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouTubeVideoTest {

    @Test
    void theCommonAddressesOfAVideoGiveItsId() {
        for (String url : new String[] {"https://www.youtube.com/watch?v=KhmRada52s8",
                "https://youtube.com/watch?feature=share&v=KhmRada52s8&t=120", "http://m.youtube.com/watch?v=KhmRada52s8",
                "https://youtu.be/KhmRada52s8", "https://youtu.be/KhmRada52s8?t=30", "https://www.youtube.com/live/KhmRada52s8",
                "https://www.youtube.com/embed/KhmRada52s8", "https://www.youtube-nocookie.com/embed/KhmRada52s8",
                "https://www.youtube.com/shorts/KhmRada52s8", " https://WWW.YOUTUBE.COM/watch?v=KhmRada52s8 "}) {
            assertEquals(Optional.of("KhmRada52s8"), YouTubeVideo.id(url), url);
        }
    }

    @Test
    void theEmbedIsThePrivacyFriendlyPlayer() {
        assertEquals("https://www.youtube-nocookie.com/embed/a-B_c1234XY", YouTubeVideo.embedUrl("a-B_c1234XY"));
    }

    @Test
    void otherAddressesAreJustLinks() {
        for (String url : new String[] {null, "", "not a url", "https://vimeo.com/123456789",
                "https://rada.example.ua/video/52.mp4", "https://www.youtube.com/watch?v=short",
                "https://www.youtube.com/watch?v=KhmRada52s8%22%3E", "https://www.youtube.com/watch?list=PL123",
                "https://www.youtube.com/channel/UCabcdefghijk", "https://youtube.com.evil.example/watch?v=KhmRada52s8",
                "https://evil.example/?u=https://youtu.be/KhmRada52s8", "javascript:alert(1)",
                "ftp://youtu.be/KhmRada52s8", "https://youtu.be/", "https://www.youtube.com/embed/KhmRada52s8/extra"}) {
            assertTrue(YouTubeVideo.id(url).isEmpty(), String.valueOf(url));
        }
    }
}
