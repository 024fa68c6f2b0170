package org.hromada.requests.internal.stats;

import java.util.Map;

/**
 * A year's figures: in all, by channel, by department ({@code ""} for none given) and by month of
 * receipt (1-12; every month present).
 */
public record StatisticsView(int year, Counts total, Map<String, Counts> byChannel, Map<String, Counts> byDepartment,
                             Map<Integer, Counts> byMonth) {
}
