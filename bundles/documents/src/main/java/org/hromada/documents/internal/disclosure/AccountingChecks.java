package org.hromada.documents.internal.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hromada.documents.internal.accounting.AccountingRegister;
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
 * The Article 18 accounting system as Article 15 checks: part 1 item 5 ("information about its
 * accounting system and the kinds of information it holds") and, for subjects of authority, item 11
 * point 8, which says the same. One check per item so that each item shows its own result.
 */
public final class AccountingChecks {
    private static final Logger LOG = LoggerFactory.getLogger(AccountingChecks.class);
    private static final ConsoleTexts TEXTS = ConsoleTexts.of(AccountingChecks.class);
    private static final Locale UK = Locale.forLanguageTag("uk");

    private AccountingChecks() {
    }

    /** The check of one item. */
    abstract static class AccountingCheck implements DisclosureCheck {
        private final AccountingRegister register;
        private final String id;
        private final String item;

        AccountingCheck(AccountingRegister register, String id, String item) {
            this.register = register;
            this.id = id;
            this.item = item;
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
            return new LocalText(TEXTS.text(UK, "disclosure.accounting.title", List.of(label(UK))),
                    TEXTS.text(Locale.ENGLISH, "disclosure.accounting.title", List.of(label(Locale.ENGLISH))));
        }

        private String label(Locale locale) {
            return TEXTS.text(locale, "disclosure.accounting.item." + item.replace('.', '_'), List.of());
        }

        @Override
        public CheckResult run(Instant now) {
            try {
                return AccountingJudgement.judge(register.summary(now),
                        register.incomplete(now, AccountingJudgement.MAX_EVIDENCE), TEXTS);
            } catch (RuntimeException e) {
                LOG.warn("Article 15 check {} failed", id, e);
                return new CheckResult(CheckStatus.MISSING, new LocalText(TEXTS.text(UK, "disclosure.failed", List.of()),
                        TEXTS.text(Locale.ENGLISH, "disclosure.failed", List.of())), new LocalText("", ""), List.of(),
                        null);
            }
        }
    }

    /** Art. 15 part 1 item 5. */
    @Component(service = DisclosureCheck.class)
    public static class Item5 extends AccountingCheck {
        @Activate
        public Item5(@Reference AccountingRegister register) {
            super(register, "documents.accounting-system", "1.5");
        }
    }

    /** Art. 15 part 1 item 11, point 8. */
    @Component(service = DisclosureCheck.class)
    public static class Item11Point8 extends AccountingCheck {
        @Activate
        public Item11Point8(@Reference AccountingRegister register) {
            super(register, "documents.accounting-system-authority", "1.11.8");
        }
    }
}
