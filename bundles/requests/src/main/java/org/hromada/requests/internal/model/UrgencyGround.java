package org.hromada.requests.internal.model;

/** The grounds on which a request is answered within 48 hours (Art. 20 part 2). */
public enum UrgencyGround implements Keyed {
    /** Information needed to protect a person's life or liberty. */
    LIFE_OR_LIBERTY("life_or_liberty"),
    /** The state of the environment. */
    ENVIRONMENT("environment"),
    /** The quality of food and household products. */
    PRODUCT_QUALITY("product_quality"),
    /** Accidents, catastrophes, dangerous natural phenomena and other emergencies. */
    EMERGENCY("emergency");

    private final String key;

    UrgencyGround(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
