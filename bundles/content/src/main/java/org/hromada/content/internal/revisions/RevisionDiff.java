package org.hromada.content.internal.revisions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two snapshots field by field, in the snapshot's field order. */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    public static List<FieldChange> compare(Snapshot before, Snapshot after) {
        return compare(before == null ? Map.of() : Snapshots.toMap(before), Snapshots.toMap(after));
    }

    /** Fields missing from a map count as null (e.g. comparing against no revision at all). */
    public static List<FieldChange> compare(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }
}
