package org.hromada.requests.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.site.SiteDates;
import org.hromada.requests.internal.deadlines.RequestDeadlines;
import org.hromada.requests.internal.rules.SubmissionRules;
import org.hromada.requests.internal.store.RequestReads;
import org.hromada.requests.internal.store.RequestStore;
import org.hromada.requests.internal.web.Registered;
import org.hromada.requests.internal.web.SubmissionRequest;
import org.hromada.requests.internal.web.TransitionRequest;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demo=true}): a year of a small city's information requests, registered and handled
 * through the register's own rules (deadlines on the calendar, the Art. 22 elements of a refusal), dated
 * back from today so the dashboard, the statistics and the public report always have something current:
 * most answered on time, one late, two refused, one extended, one forwarded, and three still open (one of
 * them overdue). Only while the register is empty, so a council's own requests are never touched. Every
 * name and address is made up.
 */
@Component(immediate = true)
public class DemoRequests {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRequests.class);
    private static final Identity DEMO = new Identity("demo", Set.of(Roles.EDITOR));
    private static final String GENERAL = "Загальний відділ";
    private static final String FINANCE = "Фінансове управління";
    private static final String HOUSING = "Управління житлово-комунального господарства";
    private static final String EDUCATION = "Відділ освіти";
    private static final String APPEAL = "Відмову можна оскаржити міському голові, до вищого органу або до "
            + "адміністративного суду (стаття 23 Закону України «Про доступ до публічної інформації»).";

    private final RequestStore store;
    private final Clock clock;

    @Activate
    public DemoRequests(@Reference RequestStore store, @Reference RequestReads reads, BundleContext context) {
        this(store, reads, Boolean.parseBoolean(context.getProperty("hromada.demo")), Clock.systemUTC());
    }

    DemoRequests(RequestStore store, RequestReads reads, boolean demo, Clock clock) {
        this.store = store;
        this.clock = clock;
        if (!demo) {
            return;
        }
        try {
            if (reads.count() == 0) {
                LOG.info("Demo mode: registered {} demo information requests", load());
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo mode: the demo information requests were not loaded ({})", e.toString());
        }
    }

    /** One demo request: who, how, what, and what became of it. */
    private record Demo(int daysAgo, String channel, String name, String description, String department,
                        Outcome outcome) {
    }

    private enum Outcome { ANSWERED, LATE, REFUSED_NOT_HELD, REFUSED_INCOMPLETE, EXTENDED, FORWARDED, OPEN, STARTED }

    private static final List<Demo> YEAR = List.of(
            new Demo(330, "email", "Ірина Гончаренко", "Кошторис витрат на утримання міського парку на 2026 рік",
                    HOUSING, Outcome.ANSWERED),
            new Demo(318, "post", "ГО «Прозора громада»", "Перелік договорів оренди комунального майна, укладених у 2025 році",
                    GENERAL, Outcome.ANSWERED),
            new Demo(301, "web", "Андрій Коваленко", "Графік вивезення твердих побутових відходів по вулиці Садовій",
                    HOUSING, Outcome.ANSWERED),
            new Demo(287, "phone", "Марія Литвин", "Кількість вільних місць у закладах дошкільної освіти міста",
                    EDUCATION, Outcome.ANSWERED),
            new Demo(270, "web", "Олег Савчук", "Звіт про виконання бюджету громади за 2025 рік з додатками",
                    FINANCE, Outcome.ANSWERED),
            new Demo(256, "email", "Тетяна Мороз", "Документи про передачу земельної ділянки на вулиці Лісовій в оренду",
                    GENERAL, Outcome.FORWARDED),
            new Demo(241, "in_person", "Василь Ткачук", "Протокол громадських слухань щодо генерального плану міста",
                    GENERAL, Outcome.ANSWERED),
            new Demo(228, "web", "Наталія Бондар", "Зарплата міського голови та його заступників за перший квартал",
                    FINANCE, Outcome.ANSWERED),
            new Demo(215, "post", "Петро Кравченко", "Інформація про все", GENERAL, Outcome.REFUSED_INCOMPLETE),
            new Demo(199, "web", "Юлія Шевчук", "Усі акти перевірок дитячих майданчиків за 2024-2026 роки",
                    HOUSING, Outcome.EXTENDED),
            new Demo(184, "email", "Редакція «Хмарівських вістей»", "Кількість звернень громадян за перше півріччя",
                    GENERAL, Outcome.ANSWERED),
            new Demo(170, "web", "Сергій Павленко", "Тарифи на теплопостачання на опалювальний сезон 2026/2027",
                    HOUSING, Outcome.ANSWERED),
            new Demo(152, "web", "Дмитро Руденко", "План закупівель відділу освіти на 2026 рік", EDUCATION,
                    Outcome.LATE),
            new Demo(139, "phone", "Галина Мельник", "Розклад руху міського автобуса № 4", GENERAL,
                    Outcome.REFUSED_NOT_HELD),
            new Demo(121, "web", "Богдан Олійник", "Кошторис капітального ремонту ліцею № 2", EDUCATION,
                    Outcome.ANSWERED),
            new Demo(97, "email", "Оксана Левченко", "Реєстр укриттів громади з адресами", GENERAL, Outcome.ANSWERED),
            new Demo(76, "web", "Віктор Кузьменко", "Розпорядження голови про преміювання працівників апарату",
                    FINANCE, Outcome.ANSWERED),
            new Demo(54, "post", "Любов Захарченко", "Проєктна документація реконструкції стадіону", HOUSING,
                    Outcome.ANSWERED),
            new Demo(31, "web", "Ростислав Гнатюк", "Відомості про використання коштів резервного фонду бюджету",
                    FINANCE, Outcome.ANSWERED),
            new Demo(17, "web", "Аліна Ковальчук", "Результати поіменного голосування за бюджет на 2027 рік",
                    GENERAL, Outcome.OPEN),
            new Demo(4, "email", "Максим Тимошенко", "Договори на поточний ремонт доріг у 2026 році", HOUSING,
                    Outcome.STARTED),
            new Demo(0, "web", "Софія Романенко", "Кількість дітей у черзі до дитячих садків на 1 грудня", EDUCATION,
                    Outcome.OPEN));

    private int load() {
        Instant now = clock.instant();
        int loaded = 0;
        for (Demo d : YEAR) {
            Instant received = RequestDeadlines.day(now).minusDays(d.daysAgo()).atTime(10, 15)
                    .atZone(SiteDates.ZONE).toInstant().plus(Duration.ofMinutes(loaded * 7L));
            if (received.isAfter(now)) {
                received = now.minus(Duration.ofMinutes(30));
            }
            Registered r = store.register(SubmissionRules.fromStaff(submission(d, received), now), DEMO);
            handle(r, d, received, now);
            loaded++;
        }
        return loaded;
    }

    private static SubmissionRequest submission(Demo d, Instant received) {
        boolean written = d.channel().equals("post") || d.channel().equals("in_person");
        boolean oral = d.channel().equals("phone");
        String email = d.channel().equals("web") || d.channel().equals("email")
                ? "demo" + Math.abs(d.name().hashCode() % 1000) + "@example.org" : null;
        String postal = email == null ? "вул. Миру, " + (d.daysAgo() % 40 + 1) + ", м. Хмарівка" : null;
        String phone = oral ? "+380 00 000 " + String.format("%02d %02d", d.daysAgo() % 100, d.daysAgo() % 60) : null;
        return new SubmissionRequest(d.name(), email, postal, phone, d.description(), false, null, null, null,
                d.channel(), received.toString(), d.department(), null, d.channel().equals("in_person") ? "written" : null,
                written ? RequestDeadlines.day(received).minusDays(1).toString() : null,
                written ? !d.outcome().equals(Outcome.REFUSED_INCOMPLETE) : null,
                oral ? "Оксана Петренко" : null, oral ? "+380 00 000 15 19" : null);
    }

    private void handle(Registered r, Demo d, Instant received, Instant now) {
        long id = r.id();
        switch (d.outcome()) {
            case OPEN -> {
                // registered, nobody has taken it yet
            }
            case STARTED -> step(id, action("start"));
            case ANSWERED -> {
                step(id, action("start"));
                step(id, answer(at(received.plus(Duration.ofDays(3)), now)));
            }
            case LATE -> {
                step(id, action("start"));
                step(id, answer(at(received.plus(Duration.ofDays(12)), now)));
            }
            case EXTENDED -> {
                step(id, action("start"));
                step(id, new TransitionRequest("extend", null, null, null, null, null, null, null,
                        "Запит стосується актів за три роки у 47 справах: пошук серед великого обсягу даних", null,
                        null, null, null, null, at(received.plus(Duration.ofDays(2)), now).toString(), null, null,
                        null, null, null));
                step(id, answer(at(received.plus(Duration.ofDays(16)), now)));
            }
            case FORWARDED -> step(id, new TransitionRequest("forward", null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, "Головне управління Держгеокадастру в області",
                    at(received.plus(Duration.ofDays(1)), now).toString(), null, null, null));
            case REFUSED_NOT_HELD -> {
                step(id, action("start"));
                step(id, refusal("not_held", "Розклад руху автобусів затверджує перевізник, ТОВ «Хмарівкатранс»; "
                        + "рада такою інформацією не володіє і не зобов’язана володіти.", received, now));
            }
            case REFUSED_INCOMPLETE -> {
                step(id, action("start"));
                step(id, refusal("incomplete", "Запит не містить загального опису інформації, яку просять надати "
                        + "(стаття 19 частина 5), і не підписаний.", received, now));
            }
        }
    }

    private void step(long id, TransitionRequest t) {
        store.transition(id, t, DEMO);
    }

    private static Instant at(Instant wanted, Instant now) {
        return wanted.isAfter(now) ? now : wanted;
    }

    private static TransitionRequest action(String action) {
        return new TransitionRequest(action, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static TransitionRequest answer(Instant at) {
        return new TransitionRequest("answer", "Надаємо запитувану інформацію у додатку до цього листа.",
                at.toString(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static TransitionRequest refusal(String ground, String reason, Instant received, Instant now) {
        LocalDate on = RequestDeadlines.day(at(received.plus(Duration.ofDays(3)), now));
        return new TransitionRequest("refuse", null, null, null, null, ground, "Оксана Петренко",
                "начальник загального відділу", reason, APPEAL, "Оксана Петренко", on.toString(), null, null, null,
                null, null, null, null, null);
    }
}
