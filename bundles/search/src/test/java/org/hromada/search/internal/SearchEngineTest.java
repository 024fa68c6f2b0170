package org.hromada.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.search.SearchDocument;
import org.hromada.platform.api.search.SearchProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/** The engine with its event handler: following publish events, providers coming and going, rebuilds. */
class SearchEngineTest {

    /** A bundle's published items, changed by the test as an editor would. */
    static final class FakeProvider implements SearchProvider {
        final Set<String> types;
        final Map<String, SearchDocument> published = new ConcurrentHashMap<>();

        FakeProvider(String... types) {
            this.types = Set.of(types);
        }

        void publish(SearchDocument doc) {
            published.put(doc.type() + ":" + doc.id(), doc);
        }

        void unpublish(String type, long id) {
            published.remove(type + ":" + id);
        }

        @Override
        public Set<String> types() {
            return types;
        }

        @Override
        public Optional<SearchDocument> document(String type, long id) {
            return Optional.ofNullable(published.get(type + ":" + id));
        }

        @Override
        public List<SearchDocument> all(String type) {
            return published.values().stream().filter(doc -> doc.type().equals(type)).toList();
        }
    }

    @TempDir
    Path folder;
    SearchEngine engine;
    ContentEventHandler handler;
    FakeProvider content = new FakeProvider("news", "page");

    @BeforeEach
    void start() throws IOException {
        content.publish(SearchIndexTest.doc("news", 1, "uk", "Сесія ради", "рішення про ремонт"));
        engine = new SearchEngine();
        engine.addProvider(content); // bound before activation, as DS does
        engine.start(folder);
        engine.awaitIndexing();
        handler = new ContentEventHandler();
        handler.engine = engine;
    }

    @AfterEach
    void stop() throws Exception {
        engine.stop();
    }

    List<Long> found(String text) throws IOException {
        engine.awaitIndexing();
        return engine.search(new SearchRequest(text, engine.types(), null, 1, 10)).items().stream()
                .map(SearchHit::id).toList();
    }

    void post(String topic, String type, Object id) {
        handler.handleEvent(new Event(topic, Map.of("bundle", "test", "type", type, "id", id, "url", "/x",
                "language", "uk")));
    }

    @Test
    void aNewIndexIsFilledFromTheProvidersAtActivation() throws IOException {
        assertEquals(List.of(1L), found("рішенням ремонту"));
    }

    @Test
    void publishAndUnpublishEventsAreFollowed() throws IOException {
        content.publish(SearchIndexTest.doc("page", 2, "uk", "Бюджет", "проєкт бюджету"));
        post(Topics.CONTENT_PUBLISHED, "page", 2L);
        assertEquals(List.of(2L), found("бюджет"));

        content.unpublish("page", 2);
        post(Topics.CONTENT_UNPUBLISHED, "page", 2L);
        assertEquals(List.of(), found("бюджет"));
    }

    @Test
    void aPublishedEventForAnItemNoLongerPublicDropsIt() throws IOException {
        content.unpublish("news", 1);
        post(Topics.CONTENT_PUBLISHED, "news", 1L);
        assertEquals(List.of(), found("ремонт"));
    }

    @Test
    void eventsWithoutAnItemOrForUnknownTypesAreIgnored() throws IOException {
        post(Topics.CONTENT_PUBLISHED, "video", 1L);
        post(Topics.CONTENT_UNPUBLISHED, "news", "not a number");
        handler.handleEvent(new Event(Topics.CONTENT_UNPUBLISHED, Map.of("bundle", "test")));
        assertEquals(List.of(1L), found("ремонт"));
        post(Topics.CONTENT_UNPUBLISHED, "news", "1"); // ids as text are understood
        assertEquals(List.of(), found("ремонт"));
    }

    @Test
    void aProvidersItemsAreHiddenWhileItIsGoneAndItsNewTypesFilledWhenItComes() throws IOException {
        FakeProvider documents = new FakeProvider("decision");
        documents.publish(SearchIndexTest.doc("decision", 7, "uk", "Рішення про ремонт", "ремонт ліцею"));
        engine.addProvider(documents); // a hot-deployed bundle
        assertEquals(List.of(7L, 1L), found("ремонт"));
        engine.removeProvider(documents);
        assertEquals(List.of(1L), found("ремонт"));
        assertEquals(Set.of("news", "page"), engine.types());
        engine.addProvider(documents);
        assertEquals(List.of(7L, 1L), found("ремонт"));
    }

    @Test
    void rebuildReplacesTheIndexByWhatProvidersSayNow() throws IOException {
        content.unpublish("news", 1); // missed event
        content.publish(SearchIndexTest.doc("news", 3, "uk", "Ремонт", "доріг")); // missed event
        assertEquals(List.of(1L), found("ремонт"));
        assertEquals(Map.of("news", 1, "page", 0), engine.rebuild());
        assertEquals(List.of(3L), found("ремонт"));
    }

    @Test
    void theIndexSurvivesARestartWithoutRefilling() throws Exception {
        engine.stop();
        FakeProvider forgetful = new FakeProvider("news", "page"); // would empty the index if asked
        engine = new SearchEngine();
        engine.addProvider(forgetful);
        engine.start(folder);
        assertEquals(List.of(1L), found("ремонт"));
    }

    @Test
    void anIndexThatCannotBeOpenedMakesSearchFailCleanlyNotHang() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        SearchEngine broken = new SearchEngine();
        broken.start(notAFolder.resolve("index"));
        broken.awaitIndexing();
        assertThrows(IOException.class, () -> broken.search(new SearchRequest("ремонт", Set.of("news"), null, 1, 10)));
        assertThrows(IOException.class, broken::rebuild);
        broken.stop();
    }
}
