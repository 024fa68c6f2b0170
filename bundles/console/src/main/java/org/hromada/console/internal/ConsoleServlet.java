package org.hromada.console.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.site.SiteUrls;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console at {@code /console/*}: OSGi glue only. It tracks the sections and widgets other
 * bundles publish (a bundle's templates and messages are forgotten when its last one goes) and
 * the {@link Sessions} service, and hands each request to the {@link ConsoleHandler}. Sessions is
 * optional for DS so that the console can still answer 503 with a friendly page while the security
 * bundle is away.
 */
@Component(service = Servlet.class, immediate = true, property = {
        "osgi.http.whiteboard.servlet.pattern=/console",
        "osgi.http.whiteboard.servlet.pattern=/console/*",
        "osgi.http.whiteboard.servlet.name=hromada-console"})
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);
    static final String UPLOAD_MAX = "hromada.console.upload.max.bytes";
    static final String SITE_NAME = "hromada.site.name";
    static final long DEFAULT_UPLOAD_MAX = 20L * 1024 * 1024;

    private final transient SectionRegistry registry = new SectionRegistry();
    private transient volatile ConsoleHandler handler;
    private transient volatile Sessions sessions;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile EventAdmin eventAdmin;

    @Activate
    void activate(BundleContext context) throws IOException {
        Bundle own = context.getBundle();
        ClassLoader loader = ConsoleServlet.class.getClassLoader();
        ConsoleMessages messages = new ConsoleMessages(loader::getResource);
        ConsoleTemplates templates = new ConsoleTemplates(
                new ConsoleTemplateLoader(loader::getResource, registry::bundle), messages);
        String stamp = Long.toHexString((own.getVersion().toString() + own.getLastModified()).hashCode() & 0xffffffffL);
        Path tempDir = Files.createTempDirectory("hromada-console-");
        Settings settings = new Settings(SiteUrls.normalise(context.getProperty(SiteUrls.PROPERTY)),
                blankToNull(context.getProperty(SITE_NAME)), uploadMax(context.getProperty(UPLOAD_MAX)), tempDir);
        handler = new ConsoleHandler(registry, () -> sessions, templates, messages,
                new Assets(loader::getResource, stamp), settings, this::siteChanged);
        LOG.info("Console ready at /console/ (uploads up to {} bytes)", settings.uploadMax());
    }

    /** Synchronous, so the next request (the redirect's target, a visitor) sees fresh pages. */
    private void siteChanged() {
        EventAdmin events = eventAdmin;
        if (events != null) {
            events.sendEvent(new Event(Topics.SITE_CHANGED, Map.of("bundle", "org.hromada.console")));
        }
    }

    /** What the console reads from the framework properties once. */
    record Settings(String siteUrl, String siteName, long uploadMax, Path tempDir) {
    }

    static long uploadMax(String raw) {
        try {
            long v = raw == null || raw.isBlank() ? DEFAULT_UPLOAD_MAX : Long.parseLong(raw.strip());
            return v > 0 ? v : DEFAULT_UPLOAD_MAX;
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number: using {}", UPLOAD_MAX, raw, DEFAULT_UPLOAD_MAX);
            return DEFAULT_UPLOAD_MAX;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindSessions")
    void bindSessions(Sessions s) {
        sessions = s;
    }

    void unbindSessions(Sessions s) {
        if (sessions == s) {
            sessions = null;
        }
    }

    @Reference(service = ConsoleSection.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindSection")
    void bindSection(ServiceReference<ConsoleSection> ref, ConsoleSection section) {
        Bundle bundle = ref.getBundle();
        if (bundle == null) {
            return; // already unregistered
        }
        registry.addSection(section, bundle, serviceId(ref));
        forget(bundle.getBundleId());
    }

    void unbindSection(ServiceReference<ConsoleSection> ref, ConsoleSection section) {
        registry.removeSection(serviceId(ref));
        Bundle bundle = ref.getBundle();
        if (bundle != null) {
            forget(bundle.getBundleId());
        } else {
            forgetAll();
        }
    }

    @Reference(service = ConsoleWidget.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindWidget")
    void bindWidget(ServiceReference<ConsoleWidget> ref, ConsoleWidget widget) {
        Bundle bundle = ref.getBundle();
        if (bundle == null) {
            return;
        }
        registry.addWidget(widget, bundle, serviceId(ref));
        forget(bundle.getBundleId());
    }

    void unbindWidget(ServiceReference<ConsoleWidget> ref, ConsoleWidget widget) {
        registry.removeWidget(serviceId(ref));
        Bundle bundle = ref.getBundle();
        if (bundle != null) {
            forget(bundle.getBundleId());
        } else {
            forgetAll();
        }
    }

    /** A bundle's templates and messages are read afresh when it next publishes (updates included). */
    private void forget(long bundleId) {
        ConsoleHandler h = handler;
        if (h != null) {
            h.forget(bundleId);
        }
    }

    private void forgetAll() {
        ConsoleHandler h = handler;
        if (h != null) {
            h.forgetAll();
        }
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleHandler h = handler;
        if (h == null) {
            response.sendError(503);
            return;
        }
        h.handle(request, response);
    }
}
