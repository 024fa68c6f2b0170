package org.hromada.documents.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hromada.documents.internal.web.KindRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class KindStoreTest {

    @Test
    void aNewKindIsNumberedPerYearUnlessSaidOtherwise() {
        KindRequest kind = KindStore.check(new KindRequest("commission_conclusion", " Висновок комісії ",
                "Commission conclusion", "commission-conclusions", null, null, null));
        assertEquals("year", kind.numberingScope());
        assertEquals("act", kind.publicationRule(), "published within 5 working days unless said otherwise");
        assertEquals("Висновок комісії", kind.nameUk());
    }

    @Test
    void badKindsAreExplainedPerField() {
        ProblemException problem = assertThrows(ProblemException.class, () -> KindStore.check(
                new KindRequest("Bad Code", "", "x", "Not/ok", "month", -1, "weekly")));
        assertEquals(422, problem.status());
        assertEquals(List.of("code", "segment", "nameUk", "numberingScope", "position",
                        "publicationRule"),
                problem.errors().stream().map(FieldError::field).toList());
    }
}
