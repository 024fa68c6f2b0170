package org.hromada.requests.internal.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;
import org.hromada.requests.internal.site.SitePaths;
import org.hromada.requests.internal.office.OfficeBook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article 15 part 1 item 4 and item 11's seventh point: the procedure for making an information
 * request and for appealing, with the request form (Art. 19 part 6). This bundle's pages publish the
 * procedure and the form, but a citizen can send a written request only when the pages also say where:
 * so the items are compliant once the request office's postal address and e-mail are set
 * ({@code /console/requests/office}), and missing before. Without the bundle the items fall back to an
 * editor's attestation.
 */
public final class RequestProcedureChecks {
    static final String FORM = SitePaths.FORM;
    static final String TRACK = SitePaths.TRACK;
    static final String OFFICE = "/console/requests/office";
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(RequestProcedureChecks.class);
    private static final Logger LOG = LoggerFactory.getLogger(RequestProcedureChecks.class);

    private RequestProcedureChecks() {
    }

    /** The published procedure and form, as a result. */
    static CheckResult published() {
        return new CheckResult(CheckStatus.COMPLIANT, text("disclosure.procedure.published"), new LocalText("", ""),
                List.of(new Evidence(text("disclosure.procedure.form"), FORM, text("disclosure.procedure.form.note")),
                        new Evidence(text("disclosure.procedure.track"), TRACK, new LocalText("", ""))),
                null);
    }

    /** The pages say nothing of where to send a request: the console page to fill it in is the evidence. */
    static CheckResult missing() {
        return new CheckResult(CheckStatus.MISSING, text("disclosure.procedure.missing"),
                text("disclosure.procedure.advice"),
                List.of(new Evidence(text("disclosure.procedure.office"), OFFICE,
                        text("disclosure.procedure.office.note"))),
                null);
    }

    /** The result for the office as it is; a failed read is a missing item (a check must not throw). */
    static CheckResult judge(BooleanSupplier officePublished) {
        try {
            return officePublished.getAsBoolean() ? published() : missing();
        } catch (RuntimeException e) {
            LOG.warn("Article 15 check of the request procedure failed", e);
            return missing();
        }
    }

    static LocalText text(String key) {
        return new LocalText(TEXTS.text(Locale.forLanguageTag("uk"), key, List.of()),
                TEXTS.text(Locale.ENGLISH, key, List.of()));
    }

    abstract static class ProcedureCheck implements DisclosureCheck {
        private final OfficeBook office;

        ProcedureCheck(OfficeBook office) {
            this.office = office;
        }

        @Override
        public LocalText title() {
            return text("disclosure.procedure.title");
        }

        @Override
        public CheckResult run(Instant now) {
            return judge(office::published);
        }
    }

    /** Item 4: the procedure for requests and appeals. */
    @Component(service = DisclosureCheck.class)
    public static class RequestsAndAppeals extends ProcedureCheck {
        @Activate
        public RequestsAndAppeals(@Reference OfficeBook office) {
            super(office);
        }

        @Override
        public String id() {
            return "requests.procedure";
        }

        @Override
        public String item() {
            return "1.4";
        }
    }

    /** Item 11, seventh point: the same duty for subjects of authority. */
    @Component(service = DisclosureCheck.class)
    public static class AuthorityProcedure extends ProcedureCheck {
        @Activate
        public AuthorityProcedure(@Reference OfficeBook office) {
            super(office);
        }

        @Override
        public String id() {
            return "requests.procedure-authority";
        }

        @Override
        public String item() {
            return "1.11.7";
        }
    }
}
