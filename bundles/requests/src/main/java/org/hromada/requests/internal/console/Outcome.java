package org.hromada.requests.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import java.util.HashMap;
import java.util.Map;
import org.hromada.requests.internal.web.RequestView;

/** What was done with a request, as the page lists it: the fee, answer, refusal, deferral, extension, forwarding. */
final class Outcome {

    private Outcome() {
    }

    /** Only the parts the request has; each a map of its fields, dates as text and moments as instants. */
    static Map<String, Object> of(RequestView r) {
        Map<String, Object> o = new HashMap<>();
        if (r.answer() != null) {
            o.put("answer", Map.of("text", ConsoleForms.text(r.answer().text()),
                    "pages", ConsoleForms.text(r.answer().pages()), "fee", ConsoleForms.text(r.answer().fee()),
                    "feeWaived", Boolean.TRUE.equals(r.answer().feeWaived())));
        }
        if (r.fee() != null) {
            Map<String, Object> f = new HashMap<>();
            f.put("amount", ConsoleForms.text(r.fee().amount()));
            f.put("pages", ConsoleForms.text(r.fee().pages()));
            f.put("paymentDetails", ConsoleForms.text(r.fee().paymentDetails()));
            f.put("chargedAt", r.fee().chargedAt());
            f.put("paid", r.fee().paid());
            f.put("paidOn", ConsoleForms.text(r.fee().paidOn()));
            f.put("paymentReference", ConsoleForms.text(r.fee().paymentReference()));
            o.put("fee", f);
        }
        if (r.refusal() != null) {
            o.put("refusal", Map.of("ground", ConsoleForms.text(r.refusal().ground()),
                    "officialName", ConsoleForms.text(r.refusal().officialName()),
                    "officialPosition", ConsoleForms.text(r.refusal().officialPosition()),
                    "on", ConsoleForms.text(r.refusal().refusedOn()), "reason", ConsoleForms.text(r.refusal().reason()),
                    "appealProcedure", ConsoleForms.text(r.refusal().appealProcedure()),
                    "signature", ConsoleForms.text(r.refusal().signature())));
        }
        if (r.deferral() != null) {
            o.put("deferral", Map.of("officialName", ConsoleForms.text(r.deferral().officialName()),
                    "officialPosition", ConsoleForms.text(r.deferral().officialPosition()),
                    "on", ConsoleForms.text(r.deferral().noticeOn()), "reason", ConsoleForms.text(r.deferral().reason()),
                    "until", ConsoleForms.text(r.deferral().until()),
                    "appealProcedure", ConsoleForms.text(r.deferral().appealProcedure()),
                    "signature", ConsoleForms.text(r.deferral().signature())));
        }
        if (r.extension() != null) {
            Map<String, Object> e = new HashMap<>();
            e.put("reason", ConsoleForms.text(r.extension().reason()));
            e.put("noticeAt", r.extension().noticeAt());
            o.put("extension", e);
        }
        if (r.forwarding() != null) {
            Map<String, Object> f = new HashMap<>();
            f.put("holder", ConsoleForms.text(r.forwarding().holder()));
            f.put("at", r.forwarding().forwardedAt());
            o.put("forwarding", f);
        }
        return o;
    }
}
