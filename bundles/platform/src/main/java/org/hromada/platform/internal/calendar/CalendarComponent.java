package org.hromada.platform.internal.calendar;

import java.time.LocalDate;
import org.hromada.platform.api.calendar.WorkingDayCalendar;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link WorkingDayCalendar} configured by the {@code hromada.calendar.*} framework
 * properties (see {@link CalendarSettingsParser}). Immediate, so that a bad setting fails at start-up,
 * in the log, rather than at the first deadline somebody computes.
 */
@Component(service = WorkingDayCalendar.class, immediate = true)
public class CalendarComponent implements WorkingDayCalendar {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarComponent.class);

    private volatile WorkingDayCalendar calendar;

    @Activate
    void activate(BundleContext context) {
        CalendarSettings settings = CalendarSettingsParser.parse(context::getProperty);
        calendar = new ConfiguredCalendar(settings);
        LOG.info("Working-day calendar: {}", settings.summary());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate event, int days) {
        return calendar.addWorkingDays(event, days);
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate event, int days) {
        return calendar.subtractWorkingDays(event, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    @Override
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return calendar.onOrNextWorkingDay(date);
    }

    @Override
    public boolean isMartialLaw(LocalDate date) {
        return calendar.isMartialLaw(date);
    }
}
