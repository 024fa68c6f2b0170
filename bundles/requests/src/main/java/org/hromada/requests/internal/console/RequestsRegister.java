package org.hromada.requests.internal.console;

import java.util.List;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.DueSummary;
import org.hromada.requests.internal.web.AttachmentView;
import org.hromada.requests.internal.web.ListParams;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;

/**
 * What the console pages do with the register: the reads and writes of the store the REST API uses
 * ({@link StoreRegister}), so a console write is checked, numbered and audited the same way. The unit
 * tests put an in-memory stand-in here.
 */
public interface RequestsRegister {

    PageResult<RequestView> list(ListParams params, String words);

    Optional<RequestView> find(long id);

    DueSummary due(int limit);

    StatisticsView statistics(int year);

    /** A request staff received otherwise, checked as the API checks it (Art. 19 part 5). */
    Registered register(SubmissionRequest request, Identity who);

    RequestView update(long id, SubmissionRequest request, Identity who);

    RequestView transition(long id, TransitionRequest request, Identity who);

    /** The request's files, the requester's first. */
    List<AttachmentView> attachments(long id);

    /** Attaches a received file to the answer, checked as the API checks it. */
    AttachmentView attach(long id, Upload file, Identity who);

    void detach(long id, long attachmentId, Identity who);

    Attachments.Download download(long id, long attachmentId);
}
