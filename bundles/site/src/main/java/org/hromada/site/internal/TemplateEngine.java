package org.hromada.site.internal;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * FreeMarker set up for pages written by theme authors and bundles: HTML auto-escaping on for
 * {@code *.ftl}, errors thrown (never printed into the page), no way from a template to
 * instantiate classes or reach Java APIs, and numbers printed as written ({@code /news/1234}, not
 * {@code /news/1 234}).
 */
final class TemplateEngine {
    private final Configuration configuration;

    TemplateEngine(Supplier<List<ResourceFolder>> layers, long updateDelayMillis) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new LayeredTemplateLoader(layers));
        c.setTemplateUpdateDelayMilliseconds(updateDelayMillis);
        c.setLocalizedLookup(false); // index.ftl, never index_uk_UA.ftl: languages live in messages
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        // Every *.ftl is HTML with auto-escaping. Standard extensions stay recognised so a later
        // feed or sitemap template can be *.ftlx (XML escaping) or *.ftlh; *.ftl has no
        // format of its own, so it takes this one.
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setNumberFormat("computer");
        c.setLocale(Messages.locale(RequestPath.UK));
        c.setTimeZone(TimeZone.getTimeZone("Europe/Kiev")); // the tz id every JDK 17 knows
        this.configuration = c;
    }

    /** Renders a whole page to a string, so a failure halfway never sends half a page. */
    String render(String templateName, Map<String, Object> data, Locale locale) throws IOException, TemplateException {
        Template template = configuration.getTemplate(templateName);
        StringWriter out = new StringWriter(8192);
        Environment environment = template.createProcessingEnvironment(data, out);
        environment.setLocale(locale);
        environment.process();
        return out.toString();
    }

    /** Forgets every cached template (a templates bundle came or went). */
    void clearCache() {
        configuration.clearTemplateCache();
    }
}
