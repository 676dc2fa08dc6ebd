package org.mlcatalog.entry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlcatalog.linkeddata.SchemaOrg;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageLinks;

/** Entries of every kind in one list, and any entry by id whatever its kind. */
@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntryResource {

    private final EntryService entries;
    private final SchemaOrg schemaOrg;

    public EntryResource(EntryService entries, SchemaOrg schemaOrg) {
        this.entries = entries;
        this.schemaOrg = schemaOrg;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return PageLinks.ok(entries.list(null, uri.getQueryParameters()), uri);
    }

    /** Entries like this one, by shared specializations, tags and stages and alike titles. */
    @GET
    @Path("{id}/similar")
    public SimilarEntries similar(@PathParam("id") String id, @Context UriInfo uri) {
        return entries.similarTo(id, uri.getQueryParameters())
                .map(SimilarEntries::new)
                .orElseThrow(() -> ProblemException.notFound("There is no entry with id '%s'.".formatted(id)));
    }

    public record SimilarEntries(List<EntryRepresentation> items) {}

    /** The entry in schema.org terms, for clients that ask for JSON-LD. */
    @GET
    @Path("{id}")
    @Produces(SchemaOrg.MEDIA_TYPE)
    public ObjectNode linkedData(@PathParam("id") String id) {
        return schemaOrg.of(get(id));
    }

    @GET
    @Path("{id}")
    public EntryRepresentation get(@PathParam("id") String id) {
        return entries.find(id)
                .orElseThrow(() -> ProblemException.notFound("There is no entry with id '%s'.".formatted(id)));
    }
}
