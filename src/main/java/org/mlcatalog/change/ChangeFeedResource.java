package org.mlcatalog.change;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    private final ChangeFeedService feed;

    public ChangeFeedResource(ChangeFeedService feed) {
        this.feed = feed;
    }

    /** Creations, updates and deletions after the {@code since} cursor, oldest first. */
    @GET
    public ChangePage changes(@Context UriInfo uri) {
        return feed.after(uri.getQueryParameters());
    }
}
