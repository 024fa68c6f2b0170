package org.hromada.requests.internal.console;

import java.time.Clock;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.stats.StatisticsView;
import org.hromada.requests.internal.store.DueSummary;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.requests.internal.store.RequestStore;
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

    @Activate
    public StoreRegister(@Reference RequestStore store, @Reference RequestReads reads) {
        this.store = store;
        this.reads = reads;
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
