package org.hromada.disclosure.internal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunIntervalTest {

    @Test
    void anHourUnlessAPositiveWholeNumberOfMinutesIsSet() {
        assertEquals(60, RunInterval.minutes(null));
        assertEquals(60, RunInterval.minutes(" "));
        assertEquals(15, RunInterval.minutes(" 15 "));
        assertEquals(60, RunInterval.minutes("0"));
        assertEquals(60, RunInterval.minutes("-5"));
        assertEquals(60, RunInterval.minutes("hourly"));
        assertEquals(60, RunInterval.minutes("1.5"));
    }
}
