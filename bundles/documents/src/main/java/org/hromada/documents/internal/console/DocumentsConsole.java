package org.hromada.documents.internal.console;

import org.hromada.documents.internal.attachments.AttachmentUploads;
import org.hromada.documents.internal.deadlines.DeadlineList;
import org.hromada.documents.internal.sessions.AgendaStore;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.documents.internal.store.DocumentStore;
import org.hromada.documents.internal.store.KindStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the documents and sessions console sections and the deadline widget use: the same stores the
 * REST resources write through, so every console write is checked and audited the same way.
 */
@Component(service = DocumentsConsole.class)
public class DocumentsConsole {
    @Reference
    DocumentStore documents;
    @Reference
    KindStore kinds;
    @Reference
    AttachmentStore attachments;
    @Reference
    AttachmentUploads uploads;
    @Reference
    DeadlineList deadlines;
    @Reference
    SessionStore sessions;
    @Reference
    AgendaStore agenda;
}
