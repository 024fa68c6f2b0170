package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One document of the register; {@code numberScope} is the period its number is unique in. */
@Entity
@Table(name = "documents_document")
public class DocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kind_id", nullable = false)
    private KindEntity kind;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "number_scope", nullable = false, length = 20)
    private String numberScope;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body;

    @Column(name = "issuing_body", nullable = false, length = 200)
    private String issuingBody;

    @Column
    private Integer convocation;

    @Column(name = "session_number")
    private Integer sessionNumber;

    @Column(nullable = false, length = 200)
    private String department;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "in_force_from")
    private LocalDate inForceFrom;

    @Column(nullable = false, length = 30)
    private String status;

    @Column(nullable = false)
    private boolean normative;

    @Column(nullable = false)
    private boolean regulatory;

    @Column(name = "consideration_on")
    private LocalDate considerationOn;

    @Column(name = "lead_time", nullable = false, length = 20)
    private String leadTime;

    @Column(name = "lead_time_reason", nullable = false, length = 1000)
    private String leadTimeReason;

    // The Article 18 accounting fields (V5); the date created is adoptedOn and the kind is the kind.
    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "restriction_basis", length = 500)
    private String restrictionBasis;

    @Column(name = "restricted_until")
    private LocalDate restrictedUntil;

    @Column(nullable = false, length = 200)
    private String field;

    @Column(nullable = false, length = 500)
    private String keywords;

    @Column(nullable = false, length = 30)
    private String medium;

    @Column(nullable = false, length = 300)
    private String storage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public KindEntity getKind() {
        return kind;
    }

    public void setKind(KindEntity kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNumberScope() {
        return numberScope;
    }

    public void setNumberScope(String numberScope) {
        this.numberScope = numberScope;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public Integer getConvocation() {
        return convocation;
    }

    public void setConvocation(Integer convocation) {
        this.convocation = convocation;
    }

    public Integer getSessionNumber() {
        return sessionNumber;
    }

    public void setSessionNumber(Integer sessionNumber) {
        this.sessionNumber = sessionNumber;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public void setInForceFrom(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isNormative() {
        return normative;
    }

    public void setNormative(boolean normative) {
        this.normative = normative;
    }

    public boolean isRegulatory() {
        return regulatory;
    }

    public void setRegulatory(boolean regulatory) {
        this.regulatory = regulatory;
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

    public LocalDate getConsiderationOn() {
        return considerationOn;
    }

    public void setConsiderationOn(LocalDate considerationOn) {
        this.considerationOn = considerationOn;
    }

    public String getLeadTime() {
        return leadTime;
    }

    public void setLeadTime(String leadTime) {
        this.leadTime = leadTime;
    }

    public String getLeadTimeReason() {
        return leadTimeReason;
    }

    public void setLeadTimeReason(String leadTimeReason) {
        this.leadTimeReason = leadTimeReason;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getRestrictionBasis() {
        return restrictionBasis;
    }

    public void setRestrictionBasis(String restrictionBasis) {
        this.restrictionBasis = restrictionBasis;
    }

    public LocalDate getRestrictedUntil() {
        return restrictedUntil;
    }

    public void setRestrictedUntil(LocalDate restrictedUntil) {
        this.restrictedUntil = restrictedUntil;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getMedium() {
        return medium;
    }

    public void setMedium(String medium) {
        this.medium = medium;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }

    /** Whether access to the document is restricted (Art. 18 items 5-6): a legal ground is recorded. */
    public boolean isRestricted() {
        return restrictionBasis != null && !restrictionBasis.isEmpty();
    }
}
