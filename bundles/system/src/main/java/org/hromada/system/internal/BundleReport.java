package org.hromada.system.internal;

import java.util.List;

/** A bundle as the API shows it, with its reasons' message keys for the console. */
record BundleReport(BundleEntry entry, List<Reason> reasons) {

    BundleReport {
        reasons = List.copyOf(reasons);
    }

    /** The entry with its problems filled in from the reasons' English words. */
    static BundleReport of(BundleEntry withoutProblems, List<Reason> reasons) {
        BundleEntry e = withoutProblems;
        return new BundleReport(new BundleEntry(e.id(), e.symbolicName(), e.name(), e.version(), e.state(), e.origin(),
                e.file(), reasons.stream().map(Reason::english).toList()), reasons);
    }
}
