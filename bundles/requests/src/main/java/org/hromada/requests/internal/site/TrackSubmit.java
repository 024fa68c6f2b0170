package org.hromada.requests.internal.site;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hromada.platform.api.site.FormAnswer;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeModel;
import org.hromada.requests.internal.store.RequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tracking form: the status, dates and outcome of the request whose number and code match; for a
 * pair that matches nothing, a 404 page that does not tell which of the two is wrong. Posted, not a
 * GET query, so the code stays out of addresses, logs and browser history.
 */
@Component(service = SiteForm.class)
public class TrackSubmit implements SiteForm {
    /** Longer than any number or code the register gives out: looked up no further. */
    private static final int MAX_NUMBER = 40;
    private static final int MAX_CODE = 100;

    private final RequestStore store;
    @Reference
    private OfficeBook office;

    @Activate
    public TrackSubmit(@Reference RequestStore store) {
        this.store = store;
    }

    @Override
    public String pattern() {
        return SitePaths.TRACK;
    }

    @Override
    public FormAnswer submit(FormSubmission submission) {
        String number = submission.field("number").strip();
        String code = submission.field("code").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (number.isEmpty()) {
            errors.put("number", "requests.error.required");
        }
        if (code.isEmpty()) {
            errors.put("code", "requests.error.required");
        }
        if (!errors.isEmpty()) {
            return answer(422, TrackModel.form(number, errors), submission);
        }
        if (number.length() > MAX_NUMBER || code.length() > MAX_CODE) {
            return answer(404, TrackModel.notFound(cut(number)), submission);
        }
        try {
            return answer(200, TrackModel.found(store.track(number, code), submission.language()), submission);
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return answer(404, TrackModel.notFound(number), submission);
        }
    }

    /** The tracking page, with where to send requests. */
    private FormAnswer answer(int status, Map<String, Object> model, FormSubmission submission) {
        return FormAnswer.of(status, TrackPage.TEMPLATE, OfficeModel.with(model, office, submission.language()));
    }

    private static String cut(String number) {
        return number.length() > MAX_NUMBER ? number.substring(0, MAX_NUMBER) : number;
    }
}
