package org.hromada.documents.internal.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.site.SiteUrls;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The published register as open data: CSV (RFC 4180, UTF-8, a header row) and JSON (an array of
 * objects), the same columns in both ({@link RegisterRow}), oldest adoption first so that new rows
 * append. Drafts not yet public are never in it.
 */
@Component(service = RegisterExport.class)
public class RegisterExport {
    private final Clock clock = Clock.systemUTC();
    private String siteUrl = "";
    /** The rows as last read, with the stamp of the published set they were read from. */
    private volatile Snapshot last = new Snapshot(List.of(), List.of());

    private record Snapshot(List<Object> stamp, List<Map<String, Object>> rows) {
    }

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Activate
    void activate(BundleContext context) {
        siteUrl = SiteUrls.normalise(context.getProperty(SiteUrls.PROPERTY));
    }

    /**
     * Every published document's row. Read again only when the published set changed: a cheap
     * aggregate (how many, their ids' sum, the latest change) tells, so a download costs no more than
     * that query while nothing changed.
     */
    public List<Map<String, Object>> rows() {
        Instant now = clock.instant();
        return tx.read(em -> {
            Object[] aggregate = em.createQuery("select count(d), sum(d.id), max(d.updatedAt) from DocumentEntity d"
                    + " where d.publishedAt is not null and d.publishedAt <= :now", Object[].class)
                    .setParameter("now", now).getSingleResult();
            List<Object> stamp = java.util.Arrays.asList(aggregate);
            Snapshot cached = last;
            if (cached.stamp().equals(stamp)) {
                return cached.rows();
            }
            List<Map<String, Object>> rows = em.createQuery("from DocumentEntity d where d.publishedAt is not null"
                            + " and d.publishedAt <= :now order by d.adoptedOn, d.id", DocumentEntity.class)
                    .setParameter("now", now).getResultStream().map(d -> RegisterRow.of(d, siteUrl)).toList();
            last = new Snapshot(stamp, rows);
            return rows;
        });
    }

    /** The rows as CSV into {@code out} (left open). */
    public static void writeCsv(List<Map<String, Object>> rows, java.io.OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(RegisterRow.COLUMNS.toArray(String[]::new)).get();
        try {
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (Map<String, Object> row : rows) {
                csv.printRecord(RegisterRow.COLUMNS.stream().map(row::get).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
