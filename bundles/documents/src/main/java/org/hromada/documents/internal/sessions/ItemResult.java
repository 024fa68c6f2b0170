package org.hromada.documents.internal.sessions;

/** What became of an agenda item: adopted (Прийнято), rejected (Не прийнято), removed from the agenda, or not voted. */
public enum ItemResult implements Keyed {
    ADOPTED("adopted"),
    REJECTED("rejected"),
    REMOVED("removed"),
    NO_VOTE("no_vote");

    private final String key;

    ItemResult(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Whether the result can only come from a vote, so the vote's time must be known. */
    public boolean voted() {
        return this == ADOPTED || this == REJECTED;
    }
}
