package org.hromada.requests.internal.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.model.Status;

/** The yearly figures departments report, computed from the year's requests (by the date of receipt). */
public final class Statistics {

    private Statistics() {
    }

    public static StatisticsView of(int year, List<RequestEntity> requests, Instant now) {
        Counts total = Counts.NONE;
        Map<String, Counts> byChannel = new TreeMap<>();
        Map<String, Counts> byDepartment = new TreeMap<>();
        Map<Integer, Counts> byMonth = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.put(month, Counts.NONE);
        }
        for (RequestEntity r : requests) {
            Counts one = count(r, now);
            total = total.plus(one);
            byChannel.merge(r.getChannel(), one, Counts::plus);
            byDepartment.merge(r.getDepartment() == null ? "" : r.getDepartment(), one, Counts::plus);
            byMonth.merge(RequestDeadlines.day(r.getReceivedAt()).getMonthValue(), one, Counts::plus);
        }
        return new StatisticsView(year, total, byChannel, byDepartment, byMonth);
    }

    static Counts count(RequestEntity r, Instant now) {
        String status = r.getStatus();
        boolean answered = Status.ANSWERED.key().equals(status);
        boolean onTime = answered && r.getDueAt() != null && r.getClosedAt().isBefore(r.getDueAt());
        boolean open = Status.isOpen(status);
        boolean overdue = open && r.getDueAt() != null && !now.isBefore(r.getDueAt());
        return new Counts(1, onTime ? 1 : 0, answered && !onTime ? 1 : 0, one(Status.REFUSED, status),
                r.getDeferral() != null ? 1 : 0,
                r.getExtension() != null ? 1 : 0, one(Status.FORWARDED, status), open ? 1 : 0, overdue ? 1 : 0,
                r.getCharge() != null ? 1 : 0, r.getCharge() != null && r.getCharge().paid() ? 1 : 0);
    }

    /** 1 when the request is in the status (deferred and extended count whatever came after). */
    private static int one(Status wanted, String status) {
        return wanted.key().equals(status) ? 1 : 0;
    }
}
