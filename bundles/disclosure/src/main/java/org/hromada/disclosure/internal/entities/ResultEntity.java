package org.hromada.disclosure.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of one check: what it answered, and when. Written once, never changed. */
@Entity
@Table(name = "disclosure_result")
public class ResultEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id", nullable = false, length = 120)
    private String checkId;

    @Column(name = "item_id", nullable = false, length = 12)
    private String itemId;

    @Column(name = "title_uk", nullable = false, length = 400)
    private String titleUk;

    @Column(name = "title_en", nullable = false, length = 400)
    private String titleEn;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "summary_uk", nullable = false, length = 2000)
    private String summaryUk;

    @Column(name = "summary_en", nullable = false, length = 2000)
    private String summaryEn;

    @Column(name = "advice_uk", nullable = false, length = 2000)
    private String adviceUk;

    @Column(name = "advice_en", nullable = false, length = 2000)
    private String adviceEn;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String evidence;

    private Instant since;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected ResultEntity() {
    }

    public ResultEntity(String checkId, String itemId, String titleUk, String titleEn, String status,
                        String summaryUk, String summaryEn, String adviceUk, String adviceEn, String evidence,
                        Instant since, Instant checkedAt, long durationMs) {
        this.checkId = checkId;
        this.itemId = itemId;
        this.titleUk = titleUk;
        this.titleEn = titleEn;
        this.status = status;
        this.summaryUk = summaryUk;
        this.summaryEn = summaryEn;
        this.adviceUk = adviceUk;
        this.adviceEn = adviceEn;
        this.evidence = evidence;
        this.since = since;
        this.checkedAt = checkedAt;
        this.durationMs = durationMs;
    }

    public Long getId() {
        return id;
    }

    public String getCheckId() {
        return checkId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getTitleUk() {
        return titleUk;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getStatus() {
        return status;
    }

    public String getSummaryUk() {
        return summaryUk;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getAdviceUk() {
        return adviceUk;
    }

    public String getAdviceEn() {
        return adviceEn;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
