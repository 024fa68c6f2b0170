package org.hromada.web.internal;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.LoggerFactory;

/**
 * A servlet that delegates to a Jersey container which can be replaced at any time. A new
 * container is built and started before it takes over; the old one keeps serving the requests it
 * has and is destroyed after a grace period. (Jersey's own {@code reload()} fails in-flight requests.)
 */
abstract class SwappableJersey extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final long GRACE_SECONDS = 10;

    /** Builds first applications and destroys retired ones, off the request and framework threads. */
    private final transient ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hromada-jersey");
        t.setDaemon(true);
        return t;
    });
    private transient volatile ServletContainer current;
    private transient volatile ResourceConfig pending;

    /**
     * Called by the HTTP whiteboard on the thread that registers the servlet (at boot, the
     * launcher's): the first application is built in the background so that start-up goes on.
     */
    @Override
    public synchronized void init(ServletConfig config) throws ServletException {
        super.init(config);
        if (pending != null) {
            reaper.execute(this::swapPending);
        }
    }

    private synchronized void swapPending() {
        if (pending == null) {
            return; // a newer application was swapped in meanwhile
        }
        try {
            swap(pending);
        } catch (ServletException | RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(SwappableJersey.class).error("The REST application could not start", e);
        }
    }

    /** Serves {@code config} from now on (or from init, if the servlet is not initialised yet). */
    synchronized void swap(ResourceConfig config) throws ServletException {
        if (getServletConfig() == null) {
            pending = config;
            return;
        }
        ServletContainer next = new ServletContainer(config);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Jersey finds its injection manager and providers through the context class loader.
        Thread.currentThread().setContextClassLoader(ServletContainer.class.getClassLoader());
        try {
            next.init(getServletConfig());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        ServletContainer old = current;
        current = next;
        pending = null;
        if (old != null) {
            reaper.schedule(old::destroy, GRACE_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Whether a Jersey container serves the latest application asked for. */
    boolean isServing() {
        return current != null && pending == null;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ServletContainer container = current;
        if (container == null) {
            response.setStatus(503);
            response.setHeader("Retry-After", "1");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The API is starting.\"}");
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ServletContainer.class.getClassLoader());
        try {
            container.service(request, response);
            drainSmallBody(request);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * An error answered before the body was read (405, 415, 401...) leaves the body unread; if it
     * has not fully arrived yet, Jetty then closes the connection without saying so, and a client
     * reusing it fails. Reading a small leftover body keeps the connection usable.
     */
    private static void drainSmallBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length <= 0 || length > 1024 * 1024) {
            return;
        }
        try {
            request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException alreadyReadOrGone) {
            // the body was read as a reader, or the client went away: nothing to keep
        }
    }

    @Override
    public synchronized void destroy() {
        reaper.shutdownNow();
        if (current != null) {
            current.destroy();
            current = null;
        }
    }
}
