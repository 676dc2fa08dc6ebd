package org.mlcatalog.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The service's root sends a browser to the interactive API documentation. */
@Path("/")
public class RootResource {

    @GET
    public Response root() {
        return Response.seeOther(URI.create("/q/swagger-ui")).build();
    }
}
