package org.hromada.requests.internal.stats;

import static org.hromada.requests.internal.deadlines.Kyiv.kyiv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.deadlines.TestCalendar;
import org.hromada.requests.internal.deadlines.Term;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.entities.Requester;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    private static final RequestDeadlines RULES = new RequestDeadlines(new TestCalendar());

    static RequestEntity request(String received, String channel, String department, String status, String closed) {
        Instant at = kyiv(received);
        RequestEntity r = new RequestEntity("З-2026-0001", at, channel, "0".repeat(64), "public", at);
        r.setRequester(new Requester("Олена", "o@example.org", null, null));
        r.setDepartment(department);
        r.setStatus(status);
        Term term = RULES.initial(at, false);
        r.setDue(term.dueOn(), term.dueAt());
        if (closed != null) {
            r.setClosedAt(kyiv(closed));
            r.setAnswer(new Answer("Так", 0, null, false));
        }
        return r;
    }

    @Test
    void countsByChannelDepartmentAndMonthAndWritesThemAsCsv() throws Exception {
        RequestEntity extended = request("2026-03-02T10:00", "post", "Освіта", "in_progress", null);
        extended.setExtension(new Extension("Обсяг", kyiv("2026-03-03T10:00")));
        List<RequestEntity> year = List.of(
                request("2026-01-05T10:00", "web", "Освіта", "answered", "2026-01-09T10:00"),
                request("2026-01-05T10:00", "web", null, "answered", "2026-01-14T10:00"),
                request("2026-02-02T10:00", "email", "Освіта", "refused", "2026-02-03T10:00"),
                request("2026-02-02T10:00", "phone", null, "forwarded", "2026-02-03T10:00"),
                extended);
        StatisticsView s = Statistics.of(2026, year, kyiv("2026-12-01T10:00"));
        assertEquals(new Counts(5, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0), s.total(), "the extended one is still open in December");
        assertEquals(2, s.byChannel().get("web").received());
        assertEquals(1, s.byChannel().get("web").answeredLate());
        assertEquals(3, s.byDepartment().get("Освіта").received());
        assertEquals(2, s.byDepartment().get("").received());
        assertEquals(12, s.byMonth().size());
        assertEquals(2, s.byMonth().get(2).received());
        assertEquals(0, s.byMonth().get(12).received());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsCsv.write(s, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("year,dimension,key,received,answered_on_time,answered_late"), csv);
        assertTrue(csv.contains("2026,total,,5,1,1,1,0,1,1,1,1"), csv);
        assertTrue(csv.contains("2026,department,Освіта,3,"), csv);
        assertTrue(csv.contains("2026,month,12,0,"), csv);
    }
}
