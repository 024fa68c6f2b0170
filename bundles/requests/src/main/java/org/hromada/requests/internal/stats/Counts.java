package org.hromada.requests.internal.stats;

/**
 * The figures of one slice of a year (all, a channel, a department, a month): requests received,
 * answered within the term that applied and after it, refused, deferred, extended, forwarded, still
 * open, and open past their deadline; those charged a copying fee (Art. 21), and those whose fee was paid.
 */
public record Counts(int received, int answeredOnTime, int answeredLate, int refused, int deferred, int extended,
                     int forwarded, int open, int overdue, int charged, int paid) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(received + o.received, answeredOnTime + o.answeredOnTime, answeredLate + o.answeredLate,
                refused + o.refused, deferred + o.deferred, extended + o.extended, forwarded + o.forwarded,
                open + o.open, overdue + o.overdue, charged + o.charged, paid + o.paid);
    }
}
