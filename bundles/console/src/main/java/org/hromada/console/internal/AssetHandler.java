package org.hromada.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Serves {@code /console/assets/...}: the console's own files, the webjars, and the TinyMCE translation. */
final class AssetHandler {
    private final Assets assets;
    private final ConsoleMessages messages;

    AssetHandler(Assets assets, ConsoleMessages messages) {
        this.assets = assets;
        this.messages = messages;
    }

    /** {@code path} is what follows {@code /console/assets/}. */
    void serve(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            resp.setStatus(405);
            return;
        }
        Assets.Asset a;
        int slash = path.indexOf('/');
        if (slash > 0 && path.substring(slash + 1).equals("tinymce-i18n.js")) {
            String lang = Lang.of(req.getParameter("lang"));
            String cache = path.substring(0, slash).equals(assets.stamp()) ? Assets.LONG_CACHE : "no-cache";
            a = new Assets.Asset(Assets.utf8(Assets.tinymceI18n(lang, messages)), "text/javascript; charset=utf-8", cache);
        } else {
            a = assets.find(path);
        }
        if (a == null) {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Not found");
            return;
        }
        resp.setStatus(200);
        resp.setHeader("Cache-Control", a.cacheControl());
        resp.setContentType(a.contentType());
        resp.setContentLength(a.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(a.body());
        }
    }
}
