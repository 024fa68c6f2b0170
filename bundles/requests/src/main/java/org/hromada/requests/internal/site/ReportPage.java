package org.hromada.requests.internal.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.stats.Counts;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /request-information/report?year=}: how the council handled the year's information requests,
 * the figures of its annual report (Art. 15 part 1 item 10: reports, including on satisfying requests),
 * from the register itself, with the same figures as open data.
 */
@Component(service = SiteRoute.class)
public class ReportPage implements SiteRoute {
    static final String TEMPLATE = "requests/report.ftl";
    /** How many years back the year select offers. */
    static final int YEARS = 5;
    static final List<String> COLUMNS = List.of("received", "answeredOnTime", "answeredLate", "refused", "deferred",
            "extended", "forwarded", "open");

    private final RequestReads reads;
    private final Clock clock;

    @Activate
    public ReportPage(@Reference RequestReads reads) {
        this(reads, Clock.systemUTC());
    }

    ReportPage(RequestReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public String pattern() {
        return SitePaths.REPORT;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        int thisYear = RequestDeadlines.day(clock.instant()).getYear();
        String asked = request.param("year", "").strip();
        Integer year = year(asked, thisYear);
        return Optional.of(model(reads.statistics(year == null ? thisYear : year), year == null ? asked : null,
                thisYear));
    }

    /** The page's model for the figures {@code s}; {@code invalid} is the year typed when it could not be used. */
    static Map<String, Object> model(StatisticsView s, String invalid, int thisYear) {
        Map<String, Object> model = new HashMap<>();
        model.put("reportYear", String.valueOf(s.year()));
        model.put("yearInvalid", invalid != null);
        model.put("yearTyped", invalid == null ? "" : invalid);
        List<String> years = new ArrayList<>();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            years.add(String.valueOf(y));
        }
        model.put("years", years);
        model.put("columns", COLUMNS);
        model.put("total", s.total().byName());
        model.put("byChannel", Counts.rows(s.byChannel()));
        Map<String, Counts> months = new LinkedHashMap<>();
        s.byMonth().forEach((month, c) -> months.put(String.valueOf(month), c));
        model.put("byMonth", Counts.rows(months));
        model.put("csv", "/api/v1/requests/statistics.csv?year=" + s.year());
        model.put("json", "/api/v1/requests/statistics?year=" + s.year());
        return model;
    }

    /** The year asked (2000 up to this year), this year when none is asked, null when it cannot be used. */
    static Integer year(String asked, int thisYear) {
        if (asked.isEmpty()) {
            return thisYear;
        }
        if (!asked.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(asked);
        return year >= 2000 && year <= thisYear ? year : null;
    }
}
