package org.hromada.content.internal.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The trail of a page in the page tree: its ancestors root first, then the page itself (shown, not linked,
 * marked {@code aria-current="page"} by the template, which puts the home page in front). A parent that is
 * not published ends the trail there, so a visitor is never sent to a page they cannot see; a loop in the
 * data (a page that is its own ancestor) or a tree deeper than {@link #MAX_DEPTH} ends it too.
 */
public final class Breadcrumbs {
    static final int MAX_DEPTH = 16;

    /** A page as the trail needs it. */
    public record Node(long id, Long parentId, String title, String url) {
    }

    /** One step of the trail; {@code url} is null for the current page. */
    public record Crumb(String title, String url, boolean current) {
    }

    private Breadcrumbs() {
    }

    /** The published ancestors of {@code page}, root first; {@code parents} finds a published page by id. */
    public static List<Node> ancestors(Node page, LongFunction<Optional<Node>> parents) {
        List<Node> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(page.id());
        Long next = page.parentId();
        while (next != null && chain.size() < MAX_DEPTH && seen.add(next)) {
            Optional<Node> parent = parents.apply(next);
            if (parent.isEmpty()) {
                break;
            }
            chain.add(parent.get());
            next = parent.get().parentId();
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The trail after the home page: the ancestors, then the current page. */
    public static List<Crumb> trail(List<Node> ancestors, Node current) {
        List<Crumb> crumbs = new ArrayList<>(ancestors.size() + 1);
        for (Node node : ancestors) {
            crumbs.add(new Crumb(node.title(), node.url(), false));
        }
        crumbs.add(new Crumb(current.title(), null, true));
        return crumbs;
    }
}
