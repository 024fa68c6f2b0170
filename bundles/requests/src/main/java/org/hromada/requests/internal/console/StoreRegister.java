package org.hromada.requests.internal.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.Upload;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.DueSummary;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.requests.internal.store.RequestStore;
import org.hromada.requests.internal.web.AttachmentView;
import org.hromada.requests.internal.web.ListParams;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.RequestView;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The register the console uses: {@link RequestStore} and {@link RequestReads}, as the REST resources call them. */
@Component(service = RequestsRegister.class)
public class StoreRegister implements RequestsRegister {
    private final Clock clock = Clock.systemUTC();
    private final RequestStore store;
    private final RequestReads reads;
    private final Attachments files;

    @Activate
    public StoreRegister(@Reference RequestStore store, @Reference RequestReads reads, @Reference Attachments files) {
        this.store = store;
        this.reads = reads;
        this.files = files;
    }

    @Override
    public List<AttachmentView> attachments(long id) {
        return files.list(id).stream().map(AttachmentView::of).toList();
    }

    @Override
    public AttachmentView attach(long id, Upload file, Identity who) {
        return AttachmentView.of(files.attach(id, file, who));
    }

    @Override
    public void detach(long id, long attachmentId, Identity who) {
        files.delete(id, attachmentId, who);
    }

    @Override
    public Attachments.Download download(long id, long attachmentId) {
        return files.download(id, attachmentId);
    }

    @Override
    public PageResult<RequestView> list(ListParams params, String words) {
        return reads.list(params, words);
    }

    @Override
    public Optional<RequestView> find(long id) {
        try {
            return Optional.of(reads.find(id));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public DueSummary due(int limit) {
        return reads.due(limit);
    }

    @Override
    public StatisticsView statistics(int year) {
        return reads.statistics(year);
    }

    @Override
    public Registered register(SubmissionRequest request, Identity who) {
        return store.register(SubmissionRules.fromStaff(request, clock.instant()), who);
    }

    @Override
    public RequestView update(long id, SubmissionRequest request, Identity who) {
        return store.update(id, request, who);
    }

    @Override
    public RequestView transition(long id, TransitionRequest request, Identity who) {
        return store.transition(id, request, who);
    }
}
