package org.mlcatalog.guide;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.mlcatalog.security.LimitedWrites;
import org.mlcatalog.security.Roles;

/** The learning path through the guide's stages, and the entries curators feature at each. */
@Path("/api/v1/guide")
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

    private final GuideService guide;

    public GuideResource(GuideService guide) {
        this.guide = guide;
    }

    @GET
    public LearningPath path(@Context UriInfo uri) {
        return guide.path(uri.getQueryParameters());
    }

    @PUT
    @Path("stages/{stage}/featured")
    @Consumes(MediaType.APPLICATION_JSON)
    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    public Featured feature(
            @PathParam("stage") String stage, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return guide.feature(stage, ifMatch, body);
    }
}
