package org.hromada.documents.internal.deadlines;

import java.time.Instant;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.model.KyivTime;
import org.hromada.documents.internal.model.LeadTime;
import org.hromada.documents.internal.model.PublicationRule;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The publication deadline of a stored document, with the platform's calendar and Kyiv's days. */
@Component(service = DocumentDeadlines.class)
public class DocumentDeadlines {
    private final PublicationDeadlines rules;

    @Activate
    public DocumentDeadlines(@Reference WorkingDayCalendar calendar) {
        this.rules = new PublicationDeadlines(calendar);
    }

    /**
     * The deadline as it stands at {@code now}; a publication time still to come is not a publication.
     * A document whose access is restricted is exempt until its restriction ends (its text may not be
     * published meanwhile; only its Article 18 entry is), with the restriction's ground as the note.
     */
    public Deadline of(DocumentEntity d, Instant now) {
        PublicationRule rule = PublicationRule.parse(d.getKind().getPublicationRule()).orElse(PublicationRule.ACT);
        if (d.isRestricted() && !DocumentView.isPublic(d, now) && d.getRestrictedUntil() != null
                && !KyivTime.day(now).isAfter(d.getRestrictedUntil())) {
            return new Deadline(rule.key(), null, null, DeadlineStatus.EXEMPT.key(), 0, d.getRestrictionBasis());
        }
        LeadTime leadTime = LeadTime.parse(d.getLeadTime()).orElse(LeadTime.STANDARD);
        Instant published = DocumentView.isPublic(d, now) ? d.getPublishedAt() : null;
        return rules.evaluate(rule, leadTime, d.getLeadTimeReason(), d.getAdoptedOn(), d.getConsiderationOn(),
                KyivTime.day(published), KyivTime.day(now));
    }
}
