package org.hromada.requests.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.stats.StatisticsCsv;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.platform.api.web.JaxrsResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/requests/statistics}: a year's figures for the annual report, as JSON and as open-data
 * CSV. Public: counts by channel, department and month hold nothing about any requester, and the
 * public report page shows the same figures.
 */
@Component(service = StatisticsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("requests")
public class StatisticsResource {
    private final RequestReads reads;

    @Activate
    public StatisticsResource(@Reference RequestReads reads) {
        this.reads = reads;
    }

    @GET
    @Path("statistics")
    @Produces(MediaType.APPLICATION_JSON)
    public StatisticsView statistics(@QueryParam("year") String year) {
        return reads.statistics(year(year));
    }

    @GET
    @Path("statistics.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("year") String year) {
        StatisticsView figures = reads.statistics(year(year));
        StreamingOutput csv = out -> StatisticsCsv.write(figures, out);
        return Response.ok(csv).header("Content-Disposition",
                "attachment; filename=\"requests-" + figures.year() + ".csv\"").build();
    }

    /** The year asked, this year (Kyiv's) when left out. */
    private static int year(String raw) {
        if (raw == null || raw.isBlank()) {
            return RequestDeadlines.day(java.time.Instant.now()).getYear();
        }
        try {
            int year = Integer.parseInt(raw.strip());
            if (year >= 2000 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.",
                List.of(new FieldError("year", "must be a year from 2000 to 2200")));
    }
}
