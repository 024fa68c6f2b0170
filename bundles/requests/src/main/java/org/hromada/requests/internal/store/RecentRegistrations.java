package org.hromada.requests.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;
import org.hromada.requests.internal.attachments.CheckedFile;
import org.hromada.requests.internal.rules.Submission;
import org.hromada.requests.internal.web.Registered;

/**
 * The registrations of the last minutes, in memory, so that the same request sent twice (a double click,
 * a reload that posts again, a client retrying after a lost answer) is registered once and the second
 * answer repeats the first, tracking code included: the requester who only saw the second answer still
 * gets a code that works. Only the code's hash is ever stored, so the code lives here for
 * {@link #WINDOW} and no longer. Lost on a restart, which only means a late repeat is registered anew.
 */
final class RecentRegistrations {
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX = 1000;

    private record Entry(Registered registered, Instant at) {
    }

    private final Map<String, Entry> recent = new LinkedHashMap<>();

    /**
     * What makes two registrations the same: who registered it, everything the requester gave and the
     * files. The time of receipt counts only for staff, who give it; the public's is the moment it came.
     */
    static String key(Submission s, Identity who, List<CheckedFile> files) {
        Submission what = who == null ? new Submission(s.requester(), s.description(), s.urgent(), s.urgency(),
                s.channel(), null, s.department(), s.assignee(), s.formalities()) : s;
        StringBuilder text = new StringBuilder(who == null ? "public" : who.username()).append('\n').append(what);
        files.forEach(f -> text.append('\n').append(f.filename()).append(':').append(f.sha256()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registration made under {@code key} within the window before {@code now}. */
    synchronized Optional<Registered> find(String key, Instant now) {
        forgetOld(now);
        Entry entry = recent.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.registered());
    }

    synchronized void remember(String key, Registered registered, Instant now) {
        forgetOld(now);
        recent.put(key, new Entry(registered, now));
        if (recent.size() > MAX) {
            recent.remove(recent.keySet().iterator().next());
        }
    }

    private void forgetOld(Instant now) {
        Iterator<Entry> entries = recent.values().iterator();
        while (entries.hasNext() && entries.next().at().isBefore(now.minus(WINDOW))) {
            entries.remove();
        }
    }
}
