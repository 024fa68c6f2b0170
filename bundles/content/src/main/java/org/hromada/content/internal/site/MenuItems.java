package org.hromada.content.internal.site;

import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.site.SiteMenuItem;
import org.osgi.service.component.annotations.Component;

/** The content lists in the site's main menu: news, announcements, materials. */
public final class MenuItems {

    private MenuItems() {
    }

    /** A list of one type, named by the theme's {@code site.nav.<segment>}. */
    abstract static class ListItem implements SiteMenuItem {
        private final ContentType type;
        private final int position;

        ListItem(ContentType type, int position) {
            this.type = type;
            this.position = position;
        }

        @Override
        public String path() {
            return "/" + type.segment();
        }

        @Override
        public String label() {
            return "site.nav." + type.segment();
        }

        @Override
        public int position() {
            return position;
        }
    }

    @Component(service = SiteMenuItem.class)
    public static class News extends ListItem {
        public News() {
            super(ContentType.NEWS, 10);
        }
    }

    @Component(service = SiteMenuItem.class)
    public static class Announcements extends ListItem {
        public Announcements() {
            super(ContentType.ANNOUNCEMENT, 20);
        }
    }

    @Component(service = SiteMenuItem.class)
    public static class Materials extends ListItem {
        public Materials() {
            super(ContentType.MATERIAL, 30);
        }
    }
}
