package org.hromada.disclosure.internal.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.attestations.AttestationStore;
import org.hromada.disclosure.internal.catalogue.Catalogue;
import org.hromada.disclosure.internal.catalogue.CatalogueItem;
import org.hromada.disclosure.internal.checks.CheckRunner;
import org.hromada.disclosure.internal.checks.InstalledCheck;
import org.hromada.disclosure.internal.checks.ResultStore;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every catalogue item with its current state: what the API, the dashboard and the public page show. */
@Component(service = Overview.class)
public class Overview {

    @Reference
    private Catalogue catalogue;

    @Reference
    private CheckRunner runner;

    @Reference
    private ResultStore results;

    @Reference
    private AttestationStore attestations;

    /** Every item in the law's order. */
    public List<ItemState> states() {
        List<InstalledCheck> installed = runner.describe();
        Map<String, StoredResult> latest = results.latest(installed.stream().map(InstalledCheck::id).toList());
        Map<String, List<StoredResult>> byItem = new HashMap<>();
        for (InstalledCheck check : installed) {
            StoredResult result = latest.get(check.id());
            if (result != null) {
                byItem.computeIfAbsent(check.item(), k -> new ArrayList<>()).add(result);
            }
        }
        return states(catalogue.items(), byItem, attestations.all(), attestations);
    }

    public Optional<ItemState> state(String item) {
        return states().stream().filter(s -> s.item().id().equals(item)).findFirst();
    }

    /** How many items stand at each status, every status listed (worst first). */
    public static Map<String, Long> counts(List<ItemState> states) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0L);
        }
        states.forEach(s -> counts.merge(ItemStatus.ofKey(s.status()).orElseThrow(), 1L, Long::sum));
        Map<String, Long> byKey = new LinkedHashMap<>();
        counts.forEach((s, n) -> byKey.put(s.key(), n));
        return byKey;
    }

    private static List<ItemState> states(List<CatalogueItem> items, Map<String, List<StoredResult>> byItem,
                                          Map<String, Attestation> attested, AttestationStore store) {
        Map<String, ItemState> decided = new HashMap<>();
        // Points before their parent, so item 11 can fall back on them.
        for (CatalogueItem item : items) {
            if (item.parentId() != null) {
                decided.put(item.id(), StatusRules.decide(item, byItem.getOrDefault(item.id(), List.of()),
                        attested.get(item.id()), List.of(), store.today()));
            }
        }
        List<ItemState> states = new ArrayList<>();
        for (CatalogueItem item : items) {
            ItemState state = decided.get(item.id());
            if (state == null) {
                List<ItemState> points = items.stream().filter(p -> item.id().equals(p.parentId()))
                        .map(p -> decided.get(p.id())).toList();
                state = StatusRules.decide(item, byItem.getOrDefault(item.id(), List.of()), attested.get(item.id()),
                        points, store.today());
            }
            states.add(state);
        }
        return states;
    }
}
