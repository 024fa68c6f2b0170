package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session (сесія, засідання) of the council or one of its bodies; public once {@code publishedAt} has come. */
@Entity
@Table(name = "documents_session")
public class SessionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "body_kind", nullable = false, length = 30)
    private String bodyKind;

    @Column(name = "body_name", nullable = false, length = 200)
    private String bodyName;

    @Column
    private Integer convocation;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "notice_published_at")
    private Instant noticePublishedAt;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    @Column(name = "video_published_at")
    private Instant videoPublishedAt;

    @Column(name = "protocol_document_id")
    private Long protocolDocumentId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    public void setBodyKind(String bodyKind) {
        this.bodyKind = bodyKind;
    }

    public String getBodyName() {
        return bodyName;
    }

    public void setBodyName(String bodyName) {
        this.bodyName = bodyName;
    }

    public Integer getConvocation() {
        return convocation;
    }

    public void setConvocation(Integer convocation) {
        this.convocation = convocation;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getNoticePublishedAt() {
        return noticePublishedAt;
    }

    public void setNoticePublishedAt(Instant noticePublishedAt) {
        this.noticePublishedAt = noticePublishedAt;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public Instant getVideoPublishedAt() {
        return videoPublishedAt;
    }

    public void setVideoPublishedAt(Instant videoPublishedAt) {
        this.videoPublishedAt = videoPublishedAt;
    }

    public Long getProtocolDocumentId() {
        return protocolDocumentId;
    }

    public void setProtocolDocumentId(Long protocolDocumentId) {
        this.protocolDocumentId = protocolDocumentId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
