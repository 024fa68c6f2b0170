package org.hromada.documents.internal.accounting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hromada.platform.api.console.ConsoleTexts;

/**
 * The accounting system as open data (the dataset "Інформація із системи обліку публічної інформації"):
 * CSV (RFC 4180, UTF-8, a header row) and JSON (an array of objects) with the same stable English column
 * names; new columns are only ever added at the end. {@code url} is absolute when the site's address is
 * configured and empty for a document whose text is not public.
 */
public final class AccountingExport {
    public static final List<String> COLUMNS = List.of("id", "title", "kind", "kindName", "number", "createdDate",
            "receivedDate", "source", "field", "keywords", "medium", "mediumName", "restrictionBasis",
            "restrictedUntil", "storage", "url");
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(AccountingExport.class);
    private static final Locale UK = Locale.forLanguageTag("uk");

    private AccountingExport() {
    }

    /** The row of an entry by column. */
    public static Map<String, Object> row(AccountingEntry e, String siteUrl) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("title", e.title());
        row.put("kind", e.kind());
        row.put("kindName", e.kindName());
        row.put("number", e.number());
        row.put("createdDate", e.createdOn().toString());
        row.put("receivedDate", e.receivedOn() == null ? null : e.receivedOn().toString());
        row.put("source", e.source());
        row.put("field", e.field());
        row.put("keywords", e.keywords());
        row.put("medium", e.medium());
        row.put("mediumName", TEXTS.text(UK, "documents.medium." + e.medium(), List.of()));
        row.put("restrictionBasis", e.restricted() ? e.restrictionBasis() : null);
        row.put("restrictedUntil", e.restrictedUntil() == null ? null : e.restrictedUntil().toString());
        row.put("storage", e.storage());
        row.put("url", e.url() == null ? null : siteUrl + e.url());
        return row;
    }

    /** The rows as CSV into {@code out} (left open). */
    public static void writeCsv(List<Map<String, Object>> rows, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try {
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (Map<String, Object> row : rows) {
                csv.printRecord(COLUMNS.stream().map(row::get).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
