package org.hromada.requests.internal.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;

/** The request office in memory, checked by the real rules, for the console's and the site's tests. */
public class FakeOffice implements OfficeBook {
    public static final Instant SAVED_AT = Instant.parse("2026-05-04T10:00:00Z");
    public final List<Office> saves = new ArrayList<>();
    private OfficeView stored;

    /** A stand-in holding the demo council's office. */
    public static FakeOffice khmarivka() {
        FakeOffice fake = new FakeOffice();
        fake.stored = OfficeView.of(DemoOffice.KHMARIVKA, SAVED_AT, "halyna");
        return fake;
    }

    @Override
    public Optional<OfficeView> find() {
        return Optional.ofNullable(stored);
    }

    @Override
    public OfficeView save(Office sent, Identity who) {
        Office office = OfficeRules.check(sent);
        saves.add(office);
        stored = OfficeView.of(office, SAVED_AT, who.username());
        return stored;
    }

    @Override
    public boolean published() {
        return stored != null && stored.office().published();
    }
}
