package org.hromada.content.internal.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hromada.content.internal.model.Status;
import org.junit.jupiter.api.Test;

class SchedulerRulesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final Instant BEFORE = NOW.minusSeconds(60);
    private static final Instant AFTER = NOW.plusSeconds(60);

    @Test
    void scheduledItemsPublishWhenTheirTimeHasCome() {
        assertEquals(Optional.of(Status.PUBLISHED), SchedulerRules.due(Status.SCHEDULED, BEFORE, null, NOW));
        assertEquals(Optional.of(Status.PUBLISHED), SchedulerRules.due(Status.SCHEDULED, NOW, null, NOW));
        assertEquals(Optional.empty(), SchedulerRules.due(Status.SCHEDULED, AFTER, null, NOW));
    }

    @Test
    void publishedItemsArchiveWhenExpired() {
        assertEquals(Optional.of(Status.ARCHIVED), SchedulerRules.due(Status.PUBLISHED, null, BEFORE, NOW));
        assertEquals(Optional.empty(), SchedulerRules.due(Status.PUBLISHED, null, AFTER, NOW));
        assertEquals(Optional.empty(), SchedulerRules.due(Status.PUBLISHED, BEFORE, null, NOW));
    }

    @Test
    void otherStatusesAreLeftAlone() {
        for (Status s : new Status[] {Status.DRAFT, Status.IN_REVIEW, Status.ARCHIVED}) {
            assertEquals(Optional.empty(), SchedulerRules.due(s, BEFORE, BEFORE, NOW), s.key());
        }
    }

    @Test
    void intervalFallsBackToTheDefault() {
        assertEquals(15, ContentScheduler.interval(null));
        assertEquals(15, ContentScheduler.interval("soon"));
        assertEquals(15, ContentScheduler.interval("0"));
        assertEquals(2, ContentScheduler.interval(" 2 "));
    }
}
