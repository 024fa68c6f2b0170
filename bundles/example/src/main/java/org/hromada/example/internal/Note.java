package org.hromada.example.internal;

import java.time.Instant;
import org.hromada.example.internal.entities.NoteEntity;

/** A note as the API and the templates see it (entities never leave the bundle's code). */
public record Note(long id, String title, String body, Instant createdAt, String url) {

    static Note of(NoteEntity entity) {
        return new Note(entity.getId(), entity.getTitle(), entity.getBody(), entity.getCreatedAt(),
                "/examples/" + entity.getId());
    }

    /** Templates call bean getters; records expose accessors, so keep getters too. */
    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUrl() {
        return url;
    }
}
