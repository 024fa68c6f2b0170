package org.hromada.requests.internal.office;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demo=true}): the fictional Хмарівська міська рада's request office, stored only while no
 * office is set, so a council's own data is never overwritten. Outside demo mode it does nothing.
 */
@Component(immediate = true)
public class DemoOffice {
    /** The fictional council's office: every address, e-mail and phone is made up. */
    static final Office KHMARIVKA = new Office("Загальний відділ виконавчого комітету Хмарівської міської ради",
            "General Department of the Executive Committee of Khmarivka City Council",
            "вул. Соборна, 1, м. Хмарівка, 00000", "1 Soborna St., Khmarivka, 00000", "zapyt@khmarivka.example",
            "+380 00 000 15 19", "Пн–Чт 9:00–18:00, Пт 9:00–16:45, обідня перерва 13:00–13:45",
            "Mon–Thu 9:00–18:00, Fri 9:00–16:45, lunch break 13:00–13:45", "Оксана Петренко",
            "начальник загального відділу");
    private static final Logger LOG = LoggerFactory.getLogger(DemoOffice.class);

    @Activate
    public DemoOffice(@Reference OfficeBook office, BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("hromada.demo")) || !(office instanceof OfficeStore store)) {
            return;
        }
        try {
            if (store.fillIfEmpty(KHMARIVKA, "demo")) {
                LOG.info("Demo mode: set where to send requests");
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo mode: where to send requests was not set ({})", e.toString());
        }
    }
}
