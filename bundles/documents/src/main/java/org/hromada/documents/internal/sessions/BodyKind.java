package org.hromada.documents.internal.sessions;

/**
 * Which body meets: the council in plenary session, its presidium, a standing commission, or the
 * executive committee. {@code segment} names the kind in the session's public address.
 */
public enum BodyKind implements Keyed {
    PLENARY("plenary", "plenary", true),
    PRESIDIUM("presidium", "presidium", false),
    STANDING_COMMISSION("standing_commission", "commission", true),
    EXECUTIVE_COMMITTEE("executive_committee", "executive-committee", false);

    private final String key;
    private final String segment;
    private final boolean broadcast;

    BodyKind(String key, String segment, boolean broadcast) {
        this.key = key;
        this.segment = segment;
        this.broadcast = broadcast;
    }

    @Override
    public String key() {
        return key;
    }

    public String segment() {
        return segment;
    }

    /** Whether the law requires a live broadcast and a published video (Art. 46 p.18, Art. 47 p.9). */
    public boolean broadcast() {
        return broadcast;
    }
}
