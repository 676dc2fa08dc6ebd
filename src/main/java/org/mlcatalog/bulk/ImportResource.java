package org.mlcatalog.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.security.LimitedWrites;
import org.mlcatalog.security.Roles;
import org.mlcatalog.web.QueryParameters;

/** Bulk upsert of entries from NDJSON, for curators. */
@Path("/api/v1/import")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @LimitedWrites
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Consumes(ExportResource.NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importEntries(@Context UriInfo uri, String body) {
        QueryParameters.rejectUnknown(uri.getQueryParameters(), List.of("dryRun"));
        String dryRun = QueryParameters.single(uri.getQueryParameters(), "dryRun");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw ProblemException.invalid("dryRun", "must be true or false");
        }
        return imports.importNdjson(body, "true".equals(dryRun));
    }
}
