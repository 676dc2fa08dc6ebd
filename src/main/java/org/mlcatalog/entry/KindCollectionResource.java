package org.mlcatalog.entry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.security.LimitedWrites;
import org.mlcatalog.security.Roles;
import org.mlcatalog.web.MergePatch;
import org.mlcatalog.web.PageLinks;

/**
 * The HTTP face of one kind's collection. Each kind's resource only names its path and kind; the
 * endpoints are written once, here.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class KindCollectionResource<E extends Entry, D extends Record> {

    private final EntryKind<E, D> kind;
    private final EntryService entries;

    protected KindCollectionResource(EntryKind<E, D> kind, EntryService entries) {
        this.kind = kind;
        this.entries = entries;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return PageLinks.ok(entries.list(kind, uri.getQueryParameters()), uri);
    }

    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body, @Context UriInfo uri) {
        EntryRepresentation created = entries.create(kind, body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public EntryRepresentation get(@PathParam("id") String id) {
        return entries.find(kind, id).orElseThrow(() -> notFound(id));
    }

    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryRepresentation replace(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return entries.replace(kind, id, body, ifMatch).orElseThrow(() -> notFound(id));
    }

    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public EntryRepresentation patch(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return entries.patch(kind, id, patch, ifMatch).orElseThrow(() -> notFound(id));
    }

    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!entries.delete(kind, id, ifMatch)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private ProblemException notFound(String id) {
        return ProblemException.notFound("There is no %s with id '%s'.".formatted(kind.kind(), id));
    }
}
