package org.mlcatalog.entry;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageLinks;

/** Entries of every kind in one list, and any entry by id whatever its kind. */
@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntryResource {

    private final EntryService entries;

    public EntryResource(EntryService entries) {
        this.entries = entries;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return PageLinks.ok(entries.list(null, uri.getQueryParameters()), uri);
    }

    @GET
    @Path("{id}")
    public EntryRepresentation get(@PathParam("id") String id) {
        return entries.find(id)
                .orElseThrow(() -> ProblemException.notFound("There is no entry with id '%s'.".formatted(id)));
    }
}
