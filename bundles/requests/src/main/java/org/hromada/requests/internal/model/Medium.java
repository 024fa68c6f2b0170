package org.hromada.requests.internal.model;

/**
 * Whether a request came on paper or by word of mouth (Art. 19 parts 3, 5 and 7): a written one
 * should carry the requester's signature and its date; an oral one is written down by an official,
 * who states their own name and phone.
 */
public enum Medium implements Keyed {
    WRITTEN("written"), ORAL("oral");

    private final String key;

    Medium(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * The medium a channel implies: post and fax are written, a phone call is oral; in person it is
     * either (staff say which); the web form and e-mail are neither.
     */
    public static Medium implied(Channel channel) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case POST, FAX -> WRITTEN;
            case PHONE -> ORAL;
            default -> null;
        };
    }

    /** Whether the channel's medium is for staff to say ({@code in_person}). */
    public static boolean chosen(Channel channel) {
        return channel == Channel.IN_PERSON;
    }
}
