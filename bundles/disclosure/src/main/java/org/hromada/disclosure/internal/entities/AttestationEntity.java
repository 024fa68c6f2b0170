package org.hromada.disclosure.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An editor's word on one item: replaced by the next attestation of the same item. */
@Entity
@Table(name = "disclosure_attestation")
public class AttestationEntity {
    @Id
    @Column(name = "item_id", length = 12)
    private String itemId;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "attested_on", nullable = false)
    private LocalDate attestedOn;

    @Column(name = "review_days", nullable = false)
    private int reviewDays;

    @Column(name = "attested_by", nullable = false, length = 100)
    private String attestedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AttestationEntity() {
    }

    public AttestationEntity(String itemId) {
        this.itemId = itemId;
    }

    /** Replaces every field of the attestation. */
    public void set(String newStatus, String newUrl, String newNote, LocalDate on, int days, String by, Instant at) {
        this.status = newStatus;
        this.url = newUrl;
        this.note = newNote;
        this.attestedOn = on;
        this.reviewDays = days;
        this.attestedBy = by;
        this.updatedAt = at;
    }

    public String getItemId() {
        return itemId;
    }

    public String getStatus() {
        return status;
    }

    public String getUrl() {
        return url;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getAttestedOn() {
        return attestedOn;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    public String getAttestedBy() {
        return attestedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
