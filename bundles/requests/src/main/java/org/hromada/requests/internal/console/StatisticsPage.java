package org.hromada.requests.internal.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.stats.Counts;
import org.hromada.requests.internal.stats.StatisticsCsv;
import org.hromada.requests.internal.stats.StatisticsView;

/**
 * A year's figures (by the date of receipt): in all, by channel, department and month, and the same as
 * CSV. The console serves the CSV itself, since the API's export wants a token the browser lacks.
 */
final class StatisticsPage {
    /** How many years back the year select offers. */
    static final int YEARS = 5;

    private final RequestsRegister register;
    private final Clock clock;

    StatisticsPage(RequestsRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    ConsoleResponse page(ConsoleRequest request) {
        int thisYear = RequestDeadlines.day(clock.instant()).getYear();
        int year = year(request, thisYear);
        StatisticsView s = register.statistics(year);
        Map<String, Object> model = new HashMap<>();
        model.put("base", request.sectionBase());
        model.put("year", String.valueOf(year));
        List<Map<String, Object>> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            years.add(Map.of("value", String.valueOf(y), "label", String.valueOf(y)));
        }
        model.put("years", years);
        model.put("csv", request.sectionBase() + "/statistics.csv?year=" + year);
        model.put("columns", List.of("received", "answeredOnTime", "answeredLate", "refused", "deferred", "extended",
                "forwarded", "open", "overdue", "charged", "paid"));
        model.put("total", s.total().byName());
        model.put("byChannel", Counts.rows(s.byChannel()));
        model.put("byDepartment", Counts.rows(s.byDepartment()));
        Map<String, Counts> months = new LinkedHashMap<>();
        s.byMonth().forEach((month, c) -> months.put(String.valueOf(month), c));
        model.put("byMonth", Counts.rows(months));
        return ConsoleResponse.page("requests.stats.title", RequestsSection.T + "statistics.ftl", model);
    }

    ConsoleResponse csv(ConsoleRequest request) {
        StatisticsView s = register.statistics(year(request, RequestDeadlines.day(clock.instant()).getYear()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StatisticsCsv.write(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConsoleResponse.Raw(200, "text/csv; charset=UTF-8", out.toByteArray());
    }

    /** The year asked (2000 up to this year), else this year. */
    private static int year(ConsoleRequest request, int thisYear) {
        return request.param("year").filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .filter(y -> y >= 2000 && y <= thisYear).orElse(thisYear);
    }
}
