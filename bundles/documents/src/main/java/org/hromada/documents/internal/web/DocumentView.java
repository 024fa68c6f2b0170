package org.hromada.documents.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hromada.documents.internal.deadlines.Deadline;
import org.hromada.documents.internal.entities.DocumentEntity;

/**
 * A document as the API shows it; {@code url} is its public address once published, else null;
 * {@code deadline} says whether it was (or is being) published within its legal term. The Article 18
 * accounting fields follow the draft fields; {@code restrictionBasis} is null when access is not restricted.
 */
public record DocumentView(long id, String kind, String kindName, String number, LocalDate adoptedOn, String title,
                           String summary, String text, String issuingBody, Integer convocation,
                           Integer sessionNumber, String department, Instant publishedAt, LocalDate inForceFrom,
                           String status, boolean normative, boolean regulatory, Instant createdAt,
                           Instant updatedAt, String createdBy, long version, String url,
                           LocalDate considerationOn, String leadTime, String leadTimeReason,
                           LocalDate receivedOn, String source, String restrictionBasis, LocalDate restrictedUntil,
                           String field, String keywords, String medium, String storage, Deadline deadline,
                           List<LinkView> links) {

    public static DocumentView of(DocumentEntity d, Instant now, List<LinkView> links, Deadline deadline) {
        return new DocumentView(d.getId(), d.getKind().getCode(), d.getKind().getNameUk(), d.getNumber(),
                d.getAdoptedOn(), d.getTitle(), d.getSummary(), d.getBody(), d.getIssuingBody(), d.getConvocation(),
                d.getSessionNumber(), d.getDepartment(), d.getPublishedAt(), d.getInForceFrom(), d.getStatus(),
                d.isNormative(), d.isRegulatory(), d.getCreatedAt(), d.getUpdatedAt(), d.getCreatedBy(),
                d.getVersion(), isPublic(d, now) ? url(d) : null, d.getConsiderationOn(), d.getLeadTime(),
                d.getLeadTimeReason(), d.getReceivedOn(), d.getSource(), d.getRestrictionBasis(),
                d.getRestrictedUntil(), d.getField(), d.getKeywords(), d.getMedium(), d.getStorage(), deadline, links);
    }

    /** Public once a publication time is set and has come. */
    public static boolean isPublic(DocumentEntity d, Instant now) {
        return d.getPublishedAt() != null && !d.getPublishedAt().isAfter(now);
    }

    /** {@code /documents/<kind segment>/<year of adoption>/<number>}, the number percent-encoded. */
    public static String url(DocumentEntity d) {
        return url(d.getKind().getSegment(), d.getAdoptedOn(), d.getNumber());
    }

    public static String url(String segment, LocalDate adoptedOn, String number) {
        return "/documents/" + segment + "/" + adoptedOn.getYear() + "/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
