package org.hromada.requests.internal.site;

import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.FormAnswer;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeModel;
import org.hromada.requests.internal.web.PublicIntake;
import org.hromada.requests.internal.web.Registered;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The form sent from {@code /request-information}, through the same intake as the REST API: the form
 * again with each error beside its field (422), a page asking to wait (429), or the page with the number,
 * the due date and the tracking code (shown this once). A filled honeypot gets the thank-you page alone.
 */
@Component(service = SiteForm.class)
public class RequestFormSubmit implements SiteForm {
    static final String RECEIVED = "requests/received.ftl";
    static final String LIMITED = "requests/limited.ftl";

    private final PublicIntake intake;
    private final Attachments attachments;
    @Reference
    private OfficeBook office;

    @Activate
    public RequestFormSubmit(@Reference PublicIntake intake, @Reference Attachments attachments) {
        this.intake = intake;
        this.attachments = attachments;
    }

    /** The files (a scan of the signed request...) and room for the text; a larger body gets the site's 413 page. */
    @Override
    public long maxUploadBytes() {
        return attachments.settings().publicBodyBytes();
    }

    @Override
    public String pattern() {
        return SitePaths.FORM;
    }

    @Override
    public FormAnswer submit(FormSubmission submission) {
        PublicRequestForm form = PublicRequestForm.of(submission);
        // The site deletes the temporary files once this answers; the intake reads them before.
        List<Upload> files = submission.files(Attachments.FILES).stream()
                .map(f -> new Upload(Attachments.FILES, f.filename(), f.path(), f.size(), false)).toList();
        PublicIntake.Outcome outcome;
        try {
            outcome = intake.submit(form.toRequest(), files, submission.clientAddress());
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            return FormAnswer.of(422, RequestFormPage.TEMPLATE, OfficeModel.with(
                    form.withErrors(e.errors()).model(attachments.settings()), office, submission.language()));
        }
        if (outcome instanceof PublicIntake.Limited limited) {
            return FormAnswer.of(429, LIMITED, Map.of("minutes", (limited.seconds() + 59) / 60))
                    .retryAfter(limited.seconds());
        }
        if (outcome instanceof PublicIntake.Accepted accepted) {
            return FormAnswer.of(200, RECEIVED, OfficeModel.with(received(accepted.registered(),
                    form.toRequest().email() != null, submission.language()), office, submission.language()));
        }
        return FormAnswer.of(200, RECEIVED, Map.of());
    }

    private static Map<String, Object> received(Registered registered, boolean mailed, String language) {
        return Map.of("number", registered.number(), "code", registered.trackingCode(),
                "dueOn", SiteDates.date(registered.dueOn(), language),
                "dueOnIso", registered.dueOn() == null ? "" : registered.dueOn().toString(), "mailed", mailed);
    }
}
