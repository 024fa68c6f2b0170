package org.hromada.requests.internal.rules;

import java.time.Instant;
import org.hromada.requests.internal.entities.Formalities;
import org.hromada.requests.internal.entities.Requester;
import org.hromada.requests.internal.entities.Urgency;
import org.hromada.requests.internal.model.Channel;

/**
 * A checked request: who, what, how and when it came, how urgent, who handles it (staff only), and how it
 * was made (staff only: written or oral, Art. 19; null from the public and on an edit).
 */
public record Submission(Requester requester, String description, boolean urgent, Urgency urgency, Channel channel,
                         Instant receivedAt, String department, String assignee, Formalities formalities) {

    Submission with(Formalities formalities) {
        return new Submission(requester, description, urgent, urgency, channel, receivedAt, department, assignee,
                formalities);
    }
}
