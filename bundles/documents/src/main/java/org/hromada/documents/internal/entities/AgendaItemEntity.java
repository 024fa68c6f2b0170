package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of a session's agenda, with the draft it considers, the decision it adopted and its vote. */
@Entity
@Table(name = "documents_agenda_item")
public class AgendaItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "draft_document_id")
    private Long draftDocumentId;

    @Column(name = "decision_document_id")
    private Long decisionDocumentId;

    @Column(name = "vote_held_at")
    private Instant voteHeldAt;

    @Column(name = "votes_published_at")
    private Instant votesPublishedAt;

    @Column(nullable = false, length = 20)
    private String result;

    @Column(name = "secret_ballot", nullable = false)
    private boolean secretBallot;

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public void setSessionId(long sessionId) {
        this.sessionId = sessionId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getDraftDocumentId() {
        return draftDocumentId;
    }

    public void setDraftDocumentId(Long draftDocumentId) {
        this.draftDocumentId = draftDocumentId;
    }

    public Long getDecisionDocumentId() {
        return decisionDocumentId;
    }

    public void setDecisionDocumentId(Long decisionDocumentId) {
        this.decisionDocumentId = decisionDocumentId;
    }

    public Instant getVoteHeldAt() {
        return voteHeldAt;
    }

    public void setVoteHeldAt(Instant voteHeldAt) {
        this.voteHeldAt = voteHeldAt;
    }

    public Instant getVotesPublishedAt() {
        return votesPublishedAt;
    }

    public void setVotesPublishedAt(Instant votesPublishedAt) {
        this.votesPublishedAt = votesPublishedAt;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public boolean isSecretBallot() {
        return secretBallot;
    }

    public void setSecretBallot(boolean secretBallot) {
        this.secretBallot = secretBallot;
    }
}
