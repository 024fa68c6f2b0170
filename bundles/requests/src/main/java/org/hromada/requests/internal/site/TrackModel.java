package org.hromada.requests.internal.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.requests.internal.attachments.AttachmentSettings;
import org.hromada.requests.internal.web.TrackView;

/**
 * The tracking page's model: the number as typed (never the code: it is not shown back), errors by
 * field, and, when the pair matched, the request as its requester may see it, dates written for people.
 */
final class TrackModel {

    private TrackModel() {
    }

    /** The form with {@code number} and {@code errors} (field -> message key). */
    static Map<String, Object> form(String number, Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", number);
        model.put("errors", Map.copyOf(errors));
        return model;
    }

    /** The form again, for a pair that matches no request. */
    static Map<String, Object> notFound(String number) {
        Map<String, Object> model = form(number, Map.of());
        model.put("notFound", true);
        return model;
    }

    /** The form and the request found. */
    static Map<String, Object> found(TrackView view, String language) {
        Map<String, Object> model = form(view.number(), Map.of());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("number", view.number());
        request.put("status", view.status());
        request.put("receivedAt", SiteDates.dateTime(view.receivedAt(), language));
        request.put("dueOn", SiteDates.date(view.dueOn(), language));
        request.put("extended", view.extended());
        request.put("deferredUntil", SiteDates.date(view.deferredUntil(), language));
        request.put("forwardedTo", text(view.forwardedTo()));
        request.put("forwardedAt", SiteDates.dateTime(view.forwardedAt(), language));
        request.put("closedAt", SiteDates.dateTime(view.closedAt(), language));
        request.put("answer", text(view.answer()));
        request.put("fee", view.fee() == null || view.fee().signum() == 0 ? "" : view.fee().toPlainString());
        if (view.payment() != null) {
            TrackView.Payment p = view.payment();
            request.put("payment", Map.of("amount", p.amount() == null ? "" : p.amount().toPlainString(),
                    "pages", p.pages() == null ? "" : String.valueOf(p.pages()), "details", text(p.paymentDetails()),
                    "paid", p.paid(), "paidOn", SiteDates.date(p.paidOn(), language)));
        }
        if (view.refusal() != null) {
            TrackView.Refused r = view.refusal();
            request.put("refusal", Map.of("ground", text(r.ground()), "reason", text(r.reason()),
                    "official", (text(r.officialName()) + ", " + text(r.officialPosition())).replaceAll("^, |, $", ""),
                    "refusedOn", SiteDates.date(r.refusedOn(), language),
                    "appealProcedure", text(r.appealProcedure())));
        }
        request.put("files", view.attachments().stream().map(f -> Map.of("filename", f.filename(), "url",
                f.downloadUrl(), "size", AttachmentSettings.readable(f.size()))).toList());
        request.put("filesExpire", view.attachments().isEmpty() ? ""
                : SiteDates.dateTime(view.attachments().get(0).expiresAt(), language));
        model.put("request", request);
        return model;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
