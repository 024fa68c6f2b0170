package org.hromada.disclosure.internal.catalogue;

import java.util.List;
import java.util.Optional;
import org.hromada.disclosure.internal.entities.ItemEntity;
import org.hromada.platform.api.disclosure.LocalText;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The items of Article 15, in the law's order. Seeded by the migration and never changed, so read once. */
@Component(service = Catalogue.class)
public class Catalogue {

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.disclosure)")
    private Transactions tx;

    private volatile List<CatalogueItem> items;

    public List<CatalogueItem> items() {
        List<CatalogueItem> read = items;
        if (read == null) {
            read = tx.read(em -> em.createQuery("from ItemEntity i order by i.position", ItemEntity.class)
                    .getResultList().stream().map(Catalogue::item).toList());
            items = read;
        }
        return read;
    }

    public Optional<CatalogueItem> find(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static CatalogueItem item(ItemEntity e) {
        return new CatalogueItem(e.getId(), e.getParentId(), e.getPart(), new LocalText(e.getNameUk(), e.getNameEn()),
                e.isAppliesToCouncil());
    }
}
