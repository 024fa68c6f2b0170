package org.hromada.documents.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hromada.documents.internal.web.AttachmentRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void aScanNeedsATitleADocumentDoesNot() {
        assertEquals("Скан рішення", AttachmentRules.title("  Скан рішення ", true));
        assertNull(AttachmentRules.title(" ", false));
        ProblemException missing = assertThrows(ProblemException.class, () -> AttachmentRules.title(null, true));
        assertEquals(422, missing.status());
        assertEquals("title", missing.errors().get(0).field());
        assertThrows(ProblemException.class, () -> AttachmentRules.title("я".repeat(301), false));
    }

    @Test
    void aChangeKeepsWhatIsLeftOutAndExplainsWhatIsWrong() {
        AttachmentRules.Change position = AttachmentRules.check(new AttachmentRequest(null, 3), "application/pdf");
        assertEquals(new AttachmentRules.Change(false, null, 3), position);
        AttachmentRules.Change cleared = AttachmentRules.check(new AttachmentRequest("", null), "application/pdf");
        assertEquals(new AttachmentRules.Change(true, null, null), cleared);

        ProblemException bad = assertThrows(ProblemException.class,
                () -> AttachmentRules.check(new AttachmentRequest(" ", -1), "image/png"));
        assertEquals(List.of("title", "position"), bad.errors().stream().map(FieldError::field).toList());
        assertEquals(400, assertThrows(ProblemException.class, () -> AttachmentRules.check(null, "image/png")).status());
    }
}
