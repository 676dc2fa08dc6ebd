package org.mlcatalog.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.mlcatalog.contract.Contract;
import org.mlcatalog.problem.ProblemException;

/**
 * The contract at {@code /q/openapi}: the YAML as written, or the same document as JSON with
 * {@code format=json} or when the client prefers JSON. Swagger UI reads it from here.
 */
@Path("/q/openapi")
public class ContractResource {

    private static final MediaType YAML = new MediaType("application", "yaml", "UTF-8");
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final Contract contract;

    public ContractResource(Contract contract) {
        this.contract = contract;
    }

    @GET
    public Response contract(@QueryParam("format") String format, @Context HttpHeaders headers) {
        return wantsJson(format, headers)
                ? Response.ok(contract.json(), JSON).build()
                : Response.ok(contract.yaml(), YAML).build();
    }

    private static boolean wantsJson(String format, HttpHeaders headers) {
        if (format == null) {
            MediaType preferred = AcceptHeader.acceptable(headers).stream()
                    .findFirst()
                    .orElseThrow(() -> ProblemException.notAcceptable(
                            "The contract is sent as application/yaml or application/json; adjust the Accept header."));
            return !preferred.isWildcardSubtype() && MediaType.APPLICATION_JSON_TYPE.isCompatible(preferred);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "yaml" -> false;
            default ->
                throw ProblemException.badRequest("The format '%s' is not one of: json, yaml.".formatted(format));
        };
    }
}
