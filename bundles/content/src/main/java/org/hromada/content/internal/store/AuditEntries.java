package org.hromada.content.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.revisions.FieldChange;
import org.hromada.content.internal.revisions.RevisionDiff;
import org.hromada.content.internal.revisions.Snapshot;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;

/**
 * The audit entries of content writes: action {@code <type>.<verb>} ({@code news.update}), entity type
 * the content type's key, entity id the item's id, summary its title, and the changed fields before
 * and after as the revisions compare them (dates as ISO strings).
 */
public final class AuditEntries {
    /** Who the scheduler's changes are recorded for. */
    public static final Identity SCHEDULER = new Identity(RevisionLog.SCHEDULER, Set.of(), Channels.SCHEDULER);

    private AuditEntries() {
    }

    /** {@code verb} of an item whose fields went from {@code before} (null: it did not exist) to {@code after} (null: deleted). */
    public static AuditEntry of(Identity who, ContentType type, long id, String verb, Snapshot before,
                                Snapshot after) {
        Identity actor = who == null ? new Identity("unknown", Set.of(), Channels.SYSTEM) : who;
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        List<FieldChange> changes = after == null ? RevisionDiff.compare(null, before).stream()
                .map(c -> new FieldChange(c.field(), c.after(), null)).toList() : RevisionDiff.compare(before, after);
        for (FieldChange change : changes) {
            if (before != null) {
                was.put(change.field(), change.before());
            }
            if (after != null) {
                is.put(change.field(), change.after());
            }
        }
        String title = after != null ? after.title() : before != null ? before.title() : "";
        return AuditEntry.of(actor, type.key() + "." + verb, type.key(), id).withSummary(title).withChange(was, is);
    }
}
