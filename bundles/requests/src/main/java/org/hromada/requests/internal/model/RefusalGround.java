package org.hromada.requests.internal.model;

/** The only grounds for refusing a request: Art. 22 part 1, items 1-4 (DOMAIN.md section 1.9). */
public enum RefusalGround implements Keyed {
    /** The holder does not have, and under its competence need not have, the information. */
    NOT_HELD("not_held"),
    /** Restricted information under Art. 6 part 2 (the three-part test). */
    RESTRICTED("restricted"),
    /** The copying costs of Art. 21 were not paid. */
    UNPAID("unpaid"),
    /** The request lacks what Art. 19 part 5 requires. */
    INCOMPLETE("incomplete");

    private final String key;

    RefusalGround(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
