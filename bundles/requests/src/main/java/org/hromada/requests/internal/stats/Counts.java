package org.hromada.requests.internal.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one slice of a year (all, a channel, a department, a month): requests received,
 * answered within the term that applied and after it, refused, deferred, extended, forwarded, still
 * open, and open past their deadline; those charged a copying fee (Art. 21), and those whose fee was paid.
 */
public record Counts(int received, int answeredOnTime, int answeredLate, int refused, int deferred, int extended,
                     int forwarded, int open, int overdue, int charged, int paid) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The figures by their names (the JSON's and the templates' column keys), in the order above. */
    public Map<String, Integer> byName() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("received", received);
        m.put("answeredOnTime", answeredOnTime);
        m.put("answeredLate", answeredLate);
        m.put("refused", refused);
        m.put("deferred", deferred);
        m.put("extended", extended);
        m.put("forwarded", forwarded);
        m.put("open", open);
        m.put("overdue", overdue);
        m.put("charged", charged);
        m.put("paid", paid);
        return m;
    }

    /** Table rows of named slices (a channel, a month...): {@code key} and the slice's {@link #byName()}. */
    public static List<Map<String, Object>> rows(Map<String, Counts> slices) {
        List<Map<String, Object>> rows = new ArrayList<>();
        slices.forEach((key, c) -> rows.add(Map.of("key", key, "counts", c.byName())));
        return rows;
    }

    Counts plus(Counts o) {
        return new Counts(received + o.received, answeredOnTime + o.answeredOnTime, answeredLate + o.answeredLate,
                refused + o.refused, deferred + o.deferred, extended + o.extended, forwarded + o.forwarded,
                open + o.open, overdue + o.overdue, charged + o.charged, paid + o.paid);
    }
}
