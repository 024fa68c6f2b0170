package org.hromada.requests.internal.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;
import org.osgi.service.component.annotations.Component;

/**
 * Article 15 part 1 item 4 and item 11's seventh point: the procedure for making an information
 * request and for appealing, with the request form (Art. 19 part 6). While this bundle is active its
 * pages publish both, so the result is compliant; without the bundle the items fall back to an
 * editor's attestation.
 */
public final class RequestProcedureChecks {
    static final String FORM = "/request-information";
    static final String TRACK = "/request-information/track";
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(RequestProcedureChecks.class);

    private RequestProcedureChecks() {
    }

    /** The published procedure and form, as a result. */
    static CheckResult published() {
        return new CheckResult(CheckStatus.COMPLIANT, text("disclosure.procedure.published"), new LocalText("", ""),
                List.of(new Evidence(text("disclosure.procedure.form"), FORM, text("disclosure.procedure.form.note")),
                        new Evidence(text("disclosure.procedure.track"), TRACK, new LocalText("", ""))),
                null);
    }

    static LocalText text(String key) {
        return new LocalText(TEXTS.text(Locale.forLanguageTag("uk"), key, List.of()),
                TEXTS.text(Locale.ENGLISH, key, List.of()));
    }

    abstract static class ProcedureCheck implements DisclosureCheck {
        @Override
        public LocalText title() {
            return text("disclosure.procedure.title");
        }

        @Override
        public CheckResult run(Instant now) {
            return published();
        }
    }

    /** Item 4: the procedure for requests and appeals. */
    @Component(service = DisclosureCheck.class)
    public static class RequestsAndAppeals extends ProcedureCheck {
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
