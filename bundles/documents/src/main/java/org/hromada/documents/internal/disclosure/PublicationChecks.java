package org.hromada.documents.internal.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hromada.documents.internal.deadlines.DeadlineList;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.DisclosureCheck;
import org.hromada.platform.api.disclosure.LocalText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's publication deadlines as Article 15 checks, over the last year: adopted acts within
 * 5 working days (part 2) and drafts ahead of their consideration (part 4).
 */
public final class PublicationChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationChecks.class);
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(PublicationChecks.class);

    private PublicationChecks() {
    }

    /** A check of the documents under some publication rules. */
    abstract static class DeadlineCheck implements DisclosureCheck {
        private final DeadlineList deadlines;
        private final String id;
        private final String item;
        private final Set<String> rules;
        private final String prefix;

        DeadlineCheck(DeadlineList deadlines, String id, String item, Set<String> rules, String prefix) {
            this.deadlines = deadlines;
            this.id = id;
            this.item = item;
            this.rules = rules;
            this.prefix = prefix;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String item() {
            return item;
        }

        @Override
        public LocalText title() {
            return new LocalText(TEXTS.text(Locale.forLanguageTag("uk"), prefix + ".title", List.of()),
                    TEXTS.text(Locale.ENGLISH, prefix + ".title", List.of()));
        }

        @Override
        public CheckResult run(Instant now) {
            try {
                return DeadlineJudgement.judge(deadlines.items(null, now), rules, prefix, TEXTS);
            } catch (RuntimeException e) {
                LOG.warn("Article 15 check {} failed", id, e);
                return new CheckResult(CheckStatus.MISSING, new LocalText(
                        TEXTS.text(Locale.forLanguageTag("uk"), "disclosure.failed", List.of()),
                        TEXTS.text(Locale.ENGLISH, "disclosure.failed", List.of())), new LocalText("", ""),
                        List.of(), null);
            }
        }
    }

    /** Art. 15 part 2: adopted acts (and roll-call results, on the day of the vote) published on time. */
    @Component(service = DisclosureCheck.class)
    public static class ActsOnTime extends DeadlineCheck {
        @Activate
        public ActsOnTime(@Reference DeadlineList deadlines) {
            super(deadlines, "documents.acts-on-time", "2", Set.of("act", "same_day"), "disclosure.actsOnTime");
        }
    }

    /** Art. 15 part 4: drafts published at least 10 (5) working days before their consideration. */
    @Component(service = DisclosureCheck.class)
    public static class DraftLeadTime extends DeadlineCheck {
        @Activate
        public DraftLeadTime(@Reference DeadlineList deadlines) {
            super(deadlines, "documents.draft-lead-time", "4", Set.of("draft"), "disclosure.draftLeadTime");
        }
    }
}
