package org.hromada.content.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreadcrumbsTest {
    private final Map<Long, Breadcrumbs.Node> published = new HashMap<>();

    private Breadcrumbs.Node page(long id, Long parent, String title) {
        Breadcrumbs.Node node = new Breadcrumbs.Node(id, parent, title, "/pages/p" + id);
        published.put(id, node);
        return node;
    }

    private List<Breadcrumbs.Node> ancestors(Breadcrumbs.Node node) {
        return Breadcrumbs.ancestors(node, id -> Optional.ofNullable(published.get(id)));
    }

    private static List<String> titles(List<Breadcrumbs.Node> nodes) {
        return nodes.stream().map(Breadcrumbs.Node::title).toList();
    }

    @Test
    void ancestorsComeRootFirst() {
        page(1, null, "Про раду");
        page(2, 1L, "Виконавчий комітет");
        Breadcrumbs.Node leaf = page(3, 2L, "Відділ освіти");
        assertEquals(List.of("Про раду", "Виконавчий комітет"), titles(ancestors(leaf)));
        assertEquals(List.of(), ancestors(published.get(1L)));
    }

    @Test
    void theTrailEndsWithTheCurrentPageUnlinked() {
        Breadcrumbs.Node root = page(1, null, "Про раду");
        Breadcrumbs.Node leaf = page(2, 1L, "Контакти");
        List<Breadcrumbs.Crumb> trail = Breadcrumbs.trail(ancestors(leaf), leaf);
        assertEquals(2, trail.size());
        assertEquals(new Breadcrumbs.Crumb("Про раду", root.url(), false), trail.get(0));
        assertTrue(trail.get(1).current());
        assertNull(trail.get(1).url());
        assertFalse(trail.get(0).current());
    }

    @Test
    void anUnpublishedParentEndsTheTrail() {
        page(1, null, "Про раду");
        Breadcrumbs.Node parent = page(2, 1L, "Чернетка");
        Breadcrumbs.Node leaf = page(3, 2L, "Сторінка");
        published.remove(2L);
        assertEquals(List.of(), ancestors(leaf));
        published.put(2L, parent);
        Breadcrumbs.Node deeper = page(4, 3L, "Глибше");
        published.remove(1L);
        assertEquals(List.of("Чернетка", "Сторінка"), titles(ancestors(deeper)), "what is published below the gap");
    }

    @Test
    void loopsInTheDataEnd() {
        page(1, 2L, "A");
        page(2, 1L, "B");
        Breadcrumbs.Node self = page(3, 3L, "Сама собі батько");
        assertEquals(List.of("A"), titles(ancestors(published.get(2L))));
        assertEquals(List.of(), ancestors(self));
    }

    @Test
    void aVeryDeepTreeIsCut() {
        Breadcrumbs.Node node = page(0, null, "0");
        for (long id = 1; id <= 40; id++) {
            node = page(id, id - 1, Long.toString(id));
        }
        assertEquals(Breadcrumbs.MAX_DEPTH, ancestors(node).size());
    }
}
