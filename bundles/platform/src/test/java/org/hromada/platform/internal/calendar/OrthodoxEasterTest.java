package org.hromada.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrthodoxEasterTest {

    /** Published dates of Orthodox Easter (Великдень) in Ukraine. */
    @ParameterizedTest
    @CsvSource({
        "2010, 2010-04-04", // the same day as Western Easter
        "2016, 2016-05-01",
        "2019, 2019-04-28",
        "2020, 2020-04-19",
        "2021, 2021-05-02",
        "2022, 2022-04-24",
        "2023, 2023-04-16",
        "2024, 2024-05-05",
        "2025, 2025-04-20",
        "2026, 2026-04-12",
        "2027, 2027-05-02",
        "2028, 2028-04-16",
        "2030, 2030-04-28",
    })
    void easterSunday(int year, LocalDate expected) {
        assertEquals(expected, OrthodoxEaster.sunday(year));
    }

    @ParameterizedTest
    @CsvSource({"2021, 2021-06-20", "2024, 2024-06-23", "2026, 2026-05-31"})
    void trinityIsFortyNineDaysAfterEaster(int year, LocalDate expected) {
        assertEquals(expected, OrthodoxEaster.trinity(year));
    }
}
