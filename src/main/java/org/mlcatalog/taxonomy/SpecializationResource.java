package org.mlcatalog.taxonomy;

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

@Path("/api/v1/specializations")
@Produces(MediaType.APPLICATION_JSON)
public class SpecializationResource {

    private final SpecializationService specializations;

    public SpecializationResource(SpecializationService specializations) {
        this.specializations = specializations;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        return PageLinks.ok(specializations.list(uri.getQueryParameters()), uri);
    }

    @LimitedWrites
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body, @Context UriInfo uri) {
        SpecializationRepresentation created = specializations.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{slug}")
    public SpecializationRepresentation get(@PathParam("slug") String slug) {
        return specializations.find(slug).orElseThrow(() -> notFound(slug));
    }

    @LimitedWrites
    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SpecializationRepresentation replace(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return specializations.replace(slug, body, ifMatch).orElseThrow(() -> notFound(slug));
    }

    @LimitedWrites
    @RolesAllowed(Roles.ADMIN)
    @PATCH
    @Path("{slug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public SpecializationRepresentation patch(
            @PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return specializations.patch(slug, patch, ifMatch).orElseThrow(() -> notFound(slug));
    }

    @LimitedWrites
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!specializations.delete(slug, ifMatch)) {
            throw notFound(slug);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("There is no specialization '%s'.".formatted(slug));
    }
}
