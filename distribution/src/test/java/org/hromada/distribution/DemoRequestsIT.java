package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo council's year of information requests (README's first command), registered through the
 * register's rules: in the register and statistics, on the public report and on the console dashboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRequestsIT extends ServerWithEditors {
    /** The demo's requests: 22, dated back from today, so some may fall in last year. */
    private static final int DEMO_REQUESTS = 22;

    @Override
    String databaseUrl() {
        return null;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_DEMO", "true");
    }

    @Test
    void theDemoYearIsInTheRegisterTheStatisticsAndTheReport() throws Exception {
        JsonNode list = Http.json(http.as(editor).get("/api/v1/requests?size=50"));
        assertEquals(DEMO_REQUESTS, list.get("total").asInt(), list.toString());
        JsonNode overdue = Http.json(http.as(editor).get("/api/v1/requests?overdue=true"));
        assertTrue(overdue.get("total").asInt() >= 1, "one was left unanswered for weeks: " + overdue);

        int year = LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear();
        int received = 0;
        int onTime = 0;
        int late = 0;
        int refused = 0;
        for (int y : new int[] {year, year - 1}) {
            JsonNode total = Http.json(http.get("/api/v1/requests/statistics?year=" + y)).get("total");
            received += total.get("received").asInt();
            onTime += total.get("answeredOnTime").asInt();
            late += total.get("answeredLate").asInt();
            refused += total.get("refused").asInt();
        }
        assertEquals(DEMO_REQUESTS, received);
        assertEquals(15, onTime, "answered within their terms, the extended one included");
        assertEquals(1, late);
        assertEquals(2, refused);

        HttpResponse<String> report = http.get("/request-information/report");
        assertTrue(report.body().contains("<th scope=\"row\">Форма на сайті</th>"), report.body());
    }

    @Test
    void theDashboardShowsWhatIsOverdueAndTheYearsFigures() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        console.signIn("halyna", "halyna-Password-1");
        String dashboard = console.get("/console/").body();
        assertTrue(dashboard.contains("Прострочено: "), dashboard);
        assertTrue(dashboard.contains("href=\"/console/requests/statistics?year="), dashboard);
    }
}
