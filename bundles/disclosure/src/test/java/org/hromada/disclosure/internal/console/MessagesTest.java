package org.hromada.disclosure.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.hromada.disclosure.internal.status.ItemStatus;
import org.hromada.platform.api.console.ConsoleTexts;
import org.junit.jupiter.api.Test;

/** Both languages have every text, and every status has its label and colour. */
class MessagesTest {

    private static Properties site(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/templates/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theConsoleAndTheSiteSayEverythingInUkrainianAndEnglish() throws IOException {
        ConsoleTexts texts = ConsoleTexts.of(DisclosureSection.class);
        assertEquals(texts.keys("uk"), texts.keys("en"));
        assertEquals(site("uk").stringPropertyNames(), site("en").stringPropertyNames());
        assertEquals("Доступ до публічної інформації", site("uk").getProperty("access.title"));
    }

    @Test
    void everyStatusHasALabelAPlainWordAndAColour() throws IOException {
        ConsoleTexts texts = ConsoleTexts.of(DisclosureSection.class);
        for (ItemStatus status : ItemStatus.values()) {
            assertTrue(texts.keys("uk").contains("disclosure.status." + status.key()), status.key());
            assertTrue(site("uk").containsKey("access.status." + status.key()), status.key());
            assertTrue(ConsoleItems.LOOKS.containsKey(status.key()), status.key());
        }
    }
}
