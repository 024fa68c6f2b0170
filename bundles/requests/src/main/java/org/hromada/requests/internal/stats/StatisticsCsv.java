package org.hromada.requests.internal.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A year's figures as open data: one row per slice ({@code dimension} total, channel, department or
 * month, and its {@code key}), the counts as columns; UTF-8, comma-separated, with a header. Columns
 * added later come last ({@code charged}, {@code paid}), so readers of the earlier ones keep working.
 */
public final class StatisticsCsv {
    static final String[] HEADER = {"year", "dimension", "key", "received", "answered_on_time", "answered_late",
            "refused", "deferred", "extended", "forwarded", "open", "overdue", "charged", "paid"};

    private StatisticsCsv() {
    }

    public static void write(StatisticsView s, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        row(csv, s.year(), "total", "", s.total());
        for (Map.Entry<String, Counts> e : s.byChannel().entrySet()) {
            row(csv, s.year(), "channel", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Counts> e : s.byDepartment().entrySet()) {
            row(csv, s.year(), "department", e.getKey(), e.getValue());
        }
        for (Map.Entry<Integer, Counts> e : s.byMonth().entrySet()) {
            row(csv, s.year(), "month", String.valueOf(e.getKey()), e.getValue());
        }
        csv.flush();
    }

    private static void row(CSVPrinter csv, int year, String dimension, String key, Counts c) throws IOException {
        csv.printRecord(year, dimension, key, c.received(), c.answeredOnTime(), c.answeredLate(), c.refused(),
                c.deferred(), c.extended(), c.forwarded(), c.open(), c.overdue(), c.charged(), c.paid());
    }
}
