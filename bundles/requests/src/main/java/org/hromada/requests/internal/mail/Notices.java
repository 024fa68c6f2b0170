package org.hromada.requests.internal.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.requests.internal.entities.RequestEntity;

/**
 * The e-mail that tells a requester what happened to their request, written from the messages
 * {@code mail/messages_uk} and {@code mail/messages_en}: Ukrainian first, then English. Texts use
 * named placeholders ({@code {number}}), so apostrophes in Ukrainian words need no escaping.
 */
public final class Notices {
    /** The kinds of notice: the confirmation and one per outcome or deadline event. */
    public static final List<String> KINDS = List.of("registered", "answered", "refused", "deferred", "extended",
            "forwarded", "charged");
    private static final String SEPARATOR = "\n\n----------------------------------------\n\n";

    /**
     * The files of an answer as its e-mail tells of them: {@code attached} to it, or too large together
     * for e-mail and downloaded from the tracking page ({@code trackAddress}, "" when the site's address
     * is not configured).
     */
    public record Files(List<String> names, boolean attached, String trackAddress) {
    }

    private Notices() {
    }

    public static Mail of(String kind, RequestEntity r) {
        return of(kind, r, null);
    }

    /** The notice; {@code files} (null or empty: none) adds a paragraph on the answer's files. */
    public static Mail of(String kind, RequestEntity r, Files files) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("No notice of kind " + kind);
        }
        ResourceBundle uk = bundle("uk");
        ResourceBundle en = bundle("en");
        String subject = fill(uk.getString(kind + ".subject"), values(r, "uk", uk)) + " / "
                + fill(en.getString(kind + ".subject"), values(r, "en", en));
        String body = fill(uk.getString(kind + ".body") + files(files, uk) + "\n\n" + uk.getString("footer"),
                values(r, "uk", uk))
                + SEPARATOR
                + fill(en.getString(kind + ".body") + files(files, en) + "\n\n" + en.getString("footer"),
                values(r, "en", en));
        return new Mail(kind, subject, body);
    }

    private static String files(Files files, ResourceBundle messages) {
        if (files == null || files.names().isEmpty()) {
            return "";
        }
        String list = "\n  - " + String.join("\n  - ", files.names());
        if (files.attached()) {
            return "\n\n" + messages.getString("files.attached").replace("{files}", list);
        }
        String where = files.trackAddress().isEmpty() ? "" : messages.getString("files.address")
                .replace("{address}", files.trackAddress());
        return "\n\n" + messages.getString("files.online").replace("{files}", list).replace("{address}", where);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("mail.messages", Locale.forLanguageTag(language), Notices.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<String, String> values(RequestEntity r, String language, ResourceBundle messages) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("number", r.getNumber());
        v.put("name", r.getRequester().name());
        v.put("received", dateTime(r.getReceivedAt(), language));
        v.put("due", r.isUrgent() && r.getDueAt() != null ? dateTime(r.getDueAt(), language) : date(r.getDueOn(), language));
        if (r.getAnswer() != null) {
            v.put("answer", r.getAnswer().text());
            boolean paid = r.getCharge() != null && r.getCharge().paid();
            v.put("fee", r.getAnswer().fee() == null || r.getAnswer().fee().signum() == 0
                    ? messages.getString("fee.none") : messages.getString(paid ? "fee.paid" : "fee.amount")
                    .replace("{amount}", r.getAnswer().fee().toPlainString()));
        }
        if (r.getCharge() != null) {
            v.put("amount", r.getCharge().amount().toPlainString());
            v.put("pages", String.valueOf(r.getCharge().pages()));
            v.put("paymentDetails", r.getCharge().paymentDetails());
        }
        if (r.getRefusal() != null) {
            v.put("ground", messages.getString("ground." + r.getRefusal().ground()));
            v.put("reason", r.getRefusal().reason());
            v.put("official", r.getRefusal().officialName() + ", " + r.getRefusal().officialPosition());
            v.put("date", date(r.getRefusal().refusedOn(), language));
            v.put("appeal", r.getRefusal().appealProcedure());
            v.put("signature", r.getRefusal().signature());
        }
        if (r.getDeferral() != null) {
            v.put("reason", r.getDeferral().reason());
            v.put("official", r.getDeferral().officialName() + ", " + r.getDeferral().officialPosition());
            v.put("date", date(r.getDeferral().noticeOn(), language));
            v.put("until", date(r.getDeferral().until(), language));
            v.put("appeal", r.getDeferral().appealProcedure());
            v.put("signature", r.getDeferral().signature());
        }
        if (r.getExtension() != null) {
            v.put("extensionReason", r.getExtension().reason());
        }
        if (r.getForwarding() != null) {
            v.put("holder", r.getForwarding().holder());
            v.put("forwardedOn", dateTime(r.getForwarding().forwardedAt(), language));
        }
        return v;
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return text;
    }

    private static String date(LocalDate day, String language) {
        return day == null ? "" : SiteDates.date(day, language);
    }

    private static String dateTime(Instant at, String language) {
        return at == null ? "" : SiteDates.dateTime(at, language);
    }
}
