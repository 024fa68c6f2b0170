package org.hromada.content.internal.console;

import org.hromada.content.internal.site.ItemPreviews;
import org.hromada.content.internal.store.ContentStore;
import org.hromada.content.internal.store.RevisionService;
import org.hromada.content.internal.store.WorkflowService;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.site.SitePreview;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the console sections and widgets of every content type use: the store, the workflow, the
 * revisions, and, when their bundles are there, the media library and the site's preview.
 */
@Component(service = ContentConsole.class)
public class ContentConsole {
    @Reference
    ContentStore store;
    @Reference
    WorkflowService workflow;
    @Reference
    RevisionService revisions;
    @Reference
    ItemPreviews previews;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MediaLibrary media;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SitePreview sitePreview;
}
