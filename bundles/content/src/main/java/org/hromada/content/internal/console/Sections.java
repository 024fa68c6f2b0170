package org.hromada.content.internal.console;

import org.hromada.content.internal.model.ContentType;
import org.hromada.platform.api.console.ConsoleSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One console section per content type: {@code /console/news}, {@code /console/announcements}, ... */
public final class Sections {

    private Sections() {
    }

    @Component(service = ConsoleSection.class)
    public static class News extends ContentSection {
        @Activate
        public News(@Reference ContentConsole services) {
            super(ContentType.NEWS, 10, services);
        }
    }

    @Component(service = ConsoleSection.class)
    public static class Announcements extends ContentSection {
        @Activate
        public Announcements(@Reference ContentConsole services) {
            super(ContentType.ANNOUNCEMENT, 20, services);
        }
    }

    @Component(service = ConsoleSection.class)
    public static class Pages extends ContentSection {
        @Activate
        public Pages(@Reference ContentConsole services) {
            super(ContentType.PAGE, 30, services);
        }
    }

    @Component(service = ConsoleSection.class)
    public static class Materials extends ContentSection {
        @Activate
        public Materials(@Reference ContentConsole services) {
            super(ContentType.MATERIAL, 40, services);
        }
    }
}
