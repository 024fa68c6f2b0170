package org.hromada.requests.internal.console;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleForms;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.office.Office;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeView;

/**
 * {@code /console/requests/office}: where to send requests (the postal address, e-mail, phone, unit, reception
 * hours, the responsible official), saved through the same store as the API, so it is checked and audited alike;
 * errors beside their fields, a notice after a save.
 */
final class OfficePage {
    static final String PATH = "office";
    static final List<String> FIELDS = List.of("unitName", "unitNameEn", "postalAddress", "postalAddressEn", "email",
            "phone", "hours", "hoursEn", "officialName", "officialPosition");
    private static final String TITLE = "requests.office.title";
    private static final String TEMPLATE = RequestsSection.T + "office.ftl";

    private final OfficeBook office;

    OfficePage(OfficeBook office) {
        this.office = office;
    }

    ConsoleResponse form(ConsoleRequest request) {
        Optional<OfficeView> saved = office.find();
        Map<String, String> values = new LinkedHashMap<>();
        Office o = saved.map(OfficeView::office).orElse(null);
        if (o != null) {
            List<Object> all = List.of(text(o.unitName()), text(o.unitNameEn()), text(o.postalAddress()),
                    text(o.postalAddressEn()), text(o.email()), text(o.phone()), text(o.hours()), text(o.hoursEn()),
                    text(o.officialName()), text(o.officialPosition()));
            for (int i = 0; i < FIELDS.size(); i++) {
                values.put(FIELDS.get(i), (String) all.get(i));
            }
        }
        return page(request, values, Map.of(), saved.orElse(null), 200, "");
    }

    ConsoleResponse save(ConsoleRequest request) {
        Map<String, String> values = ConsoleForms.values(request, FIELDS);
        Office sent = new Office(values.get("unitName"), values.get("unitNameEn"), values.get("postalAddress"),
                values.get("postalAddressEn"), values.get("email"), values.get("phone"), values.get("hours"),
                values.get("hoursEn"), values.get("officialName"), values.get("officialPosition"));
        try {
            office.save(sent, request.identity());
            return ConsoleResponse.redirect(request.sectionBase() + "/" + PATH, "requests.flash.office");
        } catch (ProblemException e) {
            if (e.status() == 422 || e.status() == 400) {
                return page(request, values, errors(e.errors()), office.find().orElse(null), 422,
                        e.errors().isEmpty() ? Messages.text(request.locale(), "requests.error.invalid") : "");
            }
            if (e.status() == 409) {
                return page(request, values, Map.of(), office.find().orElse(null), 409,
                        Messages.text(request.locale(), "requests.office.error.conflict"));
            }
            throw e;
        }
    }

    /** The store's errors (English, for the API) as message keys by field. */
    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (FieldError e : errors) {
            String message = e.message() == null ? "" : e.message();
            String field = FIELDS.contains(e.field()) ? e.field() : "form";
            String key = "form".equals(field) ? "requests.error.other"
                    : message.equals("is required") ? "requests.error.required"
                    : message.startsWith("must be at most") ? "requests.error.tooLong"
                    : "requests.office.error." + field;
            keys.putIfAbsent(field, key);
        }
        return keys;
    }

    private static ConsoleResponse page(ConsoleRequest request, Map<String, String> values, Map<String, String> errors,
                                        OfficeView saved, int status, String problem) {
        Map<String, Object> model = new HashMap<>();
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, values.getOrDefault(f, "")));
        model.put("base", request.sectionBase());
        model.put("formAction", request.sectionBase() + "/" + PATH);
        model.put("form", form);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("set", saved != null && saved.office().published());
        if (saved != null && saved.updatedAt() != null) {
            model.put("updatedAt", saved.updatedAt());
            model.put("updatedBy", ConsoleForms.text(saved.updatedBy()));
        }
        return new ConsoleResponse.Page(status, TITLE, TEMPLATE, model);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
