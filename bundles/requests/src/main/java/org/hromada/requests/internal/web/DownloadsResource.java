package org.hromada.requests.internal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.attachments.DownloadTokens;
import org.hromada.requests.internal.entities.AttachmentEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/requests/downloads/{token}}: a file of an answer, for whoever holds a link the tracking
 * page or the API's track gave with the request's number and code. A forged, altered or expired link is a
 * 404 that says to follow the request again.
 */
@Component(service = DownloadsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("requests/downloads")
public class DownloadsResource {
    static final String PATH = JaxrsResource.BASE_PATH + "/requests/downloads/";

    private final Attachments attachments;
    private final DownloadTokens tokens;

    @Activate
    public DownloadsResource(@Reference Attachments attachments, @Reference DownloadTokens tokens) {
        this.attachments = attachments;
        this.tokens = tokens;
    }

    /** The address of the file a token names. */
    public static String url(String token) {
        return PATH + token;
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("token") String token) {
        OptionalLong id = tokens.verify(token);
        if (id.isEmpty()) {
            throw expired();
        }
        Attachments.Download d;
        try {
            d = attachments.download(null, id.getAsLong());
        } catch (ProblemException e) {
            throw expired();
        }
        if (!AttachmentEntity.ANSWER.equals(d.kind())) {
            throw expired();
        }
        return FileResponses.of(d);
    }

    private static ProblemException expired() {
        return ProblemException.notFound("This download link is not valid or has expired: follow the request again"
                + " with its number and code for a new one.");
    }
}
