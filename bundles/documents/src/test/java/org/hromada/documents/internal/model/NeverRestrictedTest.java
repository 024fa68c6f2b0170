package org.hromada.documents.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeverRestrictedTest {

    @Test
    void theArticle6Part5TopicsAreFoundInTheFieldOrTheTitleInAnyCase() {
        assertEquals(Optional.of("бюджет"), NeverRestricted.topic("", "Про БЮДЖЕТ громади"));
        assertEquals(Optional.of("фінанс"), NeverRestricted.topic("Фінансовий контроль", "Про призначення"));
        assertEquals(Optional.of("майн"), NeverRestricted.topic(null, "Про передачу комунального майна"));
        assertEquals(Optional.of("закупівл"), NeverRestricted.topic("Публічні закупівлі", null));
        assertEquals(Optional.of("procurement"), NeverRestricted.topic("Procurement", ""));
    }

    @Test
    void personnelMattersAreNotSuchATopic() {
        assertTrue(NeverRestricted.topic("Кадрові питання", "Про призначення на посаду (з кадрових питань)").isEmpty());
        assertTrue(NeverRestricted.topic("Кадрові питання",
                "Про надання відпустки без збереження заробітної плати (з кадрових питань)").isEmpty());
    }
}
