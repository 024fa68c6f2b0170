package org.hromada.requests.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.security.Identity;
import org.hromada.requests.internal.office.Office;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeView;
import org.junit.jupiter.api.Test;

/** Items 1.4 and 1.11.7: compliant only once the site says where to send a request. */
class RequestProcedureChecksTest {

    private static OfficeBook book(boolean published) {
        return new OfficeBook() {
            @Override
            public Optional<OfficeView> find() {
                return Optional.empty();
            }

            @Override
            public OfficeView save(Office sent, Identity who) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean published() {
                return published;
            }
        };
    }

    @Test
    void withThePostalAddressAndTheEmailSetTheProcedureIsPublishedOnTheFormAndTrackingPages() {
        CheckResult r = new RequestProcedureChecks.RequestsAndAppeals(book(true)).run(Instant.now());
        assertEquals(CheckStatus.COMPLIANT, r.status());
        assertEquals("/request-information", r.evidence().get(0).url());
        assertEquals("/request-information/track", r.evidence().get(1).url());
        assertEquals("", r.advice().uk());
        assertNull(r.since());
    }

    @Test
    void withoutThemTheItemsAreMissingAndPointToTheConsolePage() {
        for (var check : new RequestProcedureChecks.ProcedureCheck[] {
                new RequestProcedureChecks.RequestsAndAppeals(book(false)),
                new RequestProcedureChecks.AuthorityProcedure(book(false))}) {
            CheckResult r = check.run(Instant.now());
            assertEquals(CheckStatus.MISSING, r.status(), check.item());
            assertEquals(1, r.evidence().size());
            Evidence e = r.evidence().get(0);
            assertEquals("/console/requests/office", e.url());
            assertTrue(r.advice().uk().contains("/console/requests/office"), r.advice().uk());
            assertTrue(r.advice().en().startsWith("Fill in where to send requests in the console"), r.advice().en());
            assertTrue(!r.summary().uk().isEmpty() && !r.summary().en().isEmpty());
            assertNull(r.since());
        }
        assertEquals("1.11.7", new RequestProcedureChecks.AuthorityProcedure(book(false)).item());
    }

    @Test
    void aFailedReadIsAResultNotAnException() {
        CheckResult r = RequestProcedureChecks.judge(() -> {
            throw new IllegalStateException("database down");
        });
        assertEquals(CheckStatus.MISSING, r.status());
    }
}
