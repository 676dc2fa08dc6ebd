package org.mlcatalog.taxonomy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageLinks;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;

/** The seven guide stages, in order; read-only. */
@Path("/api/v1/stages")
@Produces(MediaType.APPLICATION_JSON)
public class StageResource {

    private final Taxonomy taxonomy;

    public StageResource(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        QueryParameters.rejectUnknown(uri.getQueryParameters(), List.of("page", "size"));
        return PageLinks.ok(PageRequest.from(uri.getQueryParameters()).slice(taxonomy.stages()), uri);
    }

    @GET
    @Path("{slug}")
    public StageRepresentation get(@PathParam("slug") String slug) {
        return taxonomy.stage(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no stage '%s'. The stages are: %s."
                        .formatted(slug, String.join(", ", taxonomy.stageSlugs()))));
    }
}
