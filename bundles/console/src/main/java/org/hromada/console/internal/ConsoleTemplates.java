package org.hromada.console.internal;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.osgi.framework.Bundle;

/**
 * FreeMarker for the console: HTML auto-escaping for every {@code *.ftl} (as {@code .ftlh}),
 * errors thrown to the caller (never printed into a page), no {@code ?new} or {@code ?api}.
 */
final class ConsoleTemplates {
    static final ZoneId KYIV = ZoneId.of("Europe/Kiev"); // the id every JDK 17 knows
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(KYIV);

    private final Configuration configuration;
    private final ConsoleMessages messages;

    ConsoleTemplates(ConsoleTemplateLoader loader, ConsoleMessages messages) {
        this.messages = messages;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setLocalizedLookup(false);
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        // *.ftl has no standard format, so it takes HTML (auto-escaping); *.ftlx/*.ftlh keep theirs.
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setNumberFormat("computer");
        c.setTimeZone(TimeZone.getTimeZone(KYIV));
        c.setTemplateUpdateDelayMilliseconds(60_000);
        this.configuration = c;
    }

    /** Renders to a string, so a failure halfway never sends half a page. */
    String render(String name, Map<String, Object> data, Locale locale) throws IOException, TemplateException {
        Template template = configuration.getTemplate(name);
        StringWriter out = new StringWriter(8192);
        Environment env = template.createProcessingEnvironment(data, out);
        env.setLocale(locale);
        env.process();
        return out.toString();
    }

    /** Markup already rendered (a section's page inside the layout): printed without escaping. */
    static TemplateHTMLOutputModel markup(String html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }

    void clearCache() {
        configuration.clearTemplateCache();
    }

    /** {@code msg(key, args...)} in {@code lang}, from {@code bundle}'s messages then the console's. */
    TemplateMethodModelEx msg(Bundle bundle, String lang) {
        return arguments -> {
            if (arguments.isEmpty()) {
                return "";
            }
            Object first = arguments.get(0);
            String key = first instanceof TemplateScalarModel s ? s.getAsString() : String.valueOf(first);
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            return messages.get(bundle, lang, key, values);
        };
    }

    /** {@code consoleTime(instant)}: {@code dd.MM.yyyy HH:mm} in Kyiv; "—" for null. */
    static TemplateMethodModelEx consoleTime() {
        return arguments -> {
            if (arguments.isEmpty() || arguments.get(0) == null) {
                return "—";
            }
            return time(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        };
    }

    static String time(Object value) {
        if (value instanceof Instant i) {
            return TIME.format(i);
        } else if (value instanceof OffsetDateTime o) {
            return TIME.format(o.toInstant());
        } else if (value instanceof ZonedDateTime z) {
            return TIME.format(z.toInstant());
        } else if (value instanceof LocalDateTime l) {
            return TIME.format(l.atZone(KYIV));
        } else if (value instanceof Date d) {
            return TIME.format(d.toInstant());
        }
        return value == null ? "—" : value.toString();
    }
}
