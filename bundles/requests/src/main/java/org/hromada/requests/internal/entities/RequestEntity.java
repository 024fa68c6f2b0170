package org.hromada.requests.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One information request in the register; the parts each outcome fills are embedded records. */
@Entity
@Table(name = "requests_request")
public class RequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(nullable = false)
    private long version;
    @Column(nullable = false, length = 20)
    private String number;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(nullable = false, length = 20)
    private String channel;
    @Embedded
    private Requester requester;
    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;
    @Column(nullable = false)
    private boolean urgent;
    @Embedded
    private Urgency urgency;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(length = 200)
    private String department;
    @Column(length = 200)
    private String assignee;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Embedded
    private Extension extension;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Embedded
    private Answer answer;
    @Embedded
    private Refusal refusal;
    @Embedded
    private Deferral deferral;
    @Embedded
    private Forwarding forwarding;
    @Embedded
    private Charge charge;
    @Embedded
    private Formalities formalities;
    @Column(name = "tracking_hash", nullable = false, length = 64)
    private String trackingHash;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RequestEntity() {
    }

    public RequestEntity(String number, Instant receivedAt, String channel, String trackingHash, String createdBy,
                         Instant now) {
        this.number = number;
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.trackingHash = trackingHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getChannel() { return channel; }
    public Requester getRequester() { return requester; }
    public String getDescription() { return description; }
    public boolean isUrgent() { return urgent; }
    public Urgency getUrgency() { return urgency; }
    public String getStatus() { return status; }
    public String getDepartment() { return department; }
    public String getAssignee() { return assignee; }
    public Instant getDueAt() { return dueAt; }
    public LocalDate getDueOn() { return dueOn; }
    public Extension getExtension() { return extension; }
    public Instant getClosedAt() { return closedAt; }
    public Answer getAnswer() { return answer; }
    public Refusal getRefusal() { return refusal; }
    public Deferral getDeferral() { return deferral; }
    public Forwarding getForwarding() { return forwarding; }
    public Charge getCharge() { return charge; }
    public Formalities getFormalities() { return formalities; }
    public String getTrackingHash() { return trackingHash; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public void setRequester(Requester requester) { this.requester = requester; }
    public void setDescription(String description) { this.description = description; }
    public void setChannel(String channel) { this.channel = channel; }
    public void setUrgency(boolean urgent, Urgency urgency) {
        this.urgent = urgent;
        this.urgency = urgency;
    }
    public void setStatus(String status) { this.status = status; }
    public void setDepartment(String department) { this.department = department; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    /** The deadline; both null while another holder has the request. */
    public void setDue(LocalDate dueOn, Instant dueAt) {
        this.dueOn = dueOn;
        this.dueAt = dueAt;
    }
    public void setExtension(Extension extension) { this.extension = extension; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public void setAnswer(Answer answer) { this.answer = answer; }
    public void setRefusal(Refusal refusal) { this.refusal = refusal; }
    public void setDeferral(Deferral deferral) { this.deferral = deferral; }
    public void setForwarding(Forwarding forwarding) { this.forwarding = forwarding; }
    public void setCharge(Charge charge) { this.charge = charge; }
    public void setFormalities(Formalities formalities) { this.formalities = formalities; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
