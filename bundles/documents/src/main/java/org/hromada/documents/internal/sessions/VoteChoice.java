package org.hromada.documents.internal.sessions;

/** A deputy's vote: За, Проти, Утримався, Не голосував, Відсутній. */
public enum VoteChoice implements Keyed {
    FOR("for"),
    AGAINST("against"),
    ABSTAINED("abstained"),
    DID_NOT_VOTE("did_not_vote"),
    ABSENT("absent");

    private final String key;

    VoteChoice(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
