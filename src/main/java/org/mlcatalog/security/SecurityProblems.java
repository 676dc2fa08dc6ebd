package org.mlcatalog.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mlcatalog.problem.ProblemMappers;

/** 401 and 403 as problems, telling a client (or a deployer) what to do next. */
public class SecurityProblems {

    private final boolean verificationConfigured;

    public SecurityProblems(
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        // Quarkus writes NONE as the key when none is configured.
        this.verificationConfigured = keyLocation.isPresent()
                || key.filter(value -> !value.equals("NONE")).isPresent();
    }

    @ServerExceptionMapper(priority = ProblemMappers.AHEAD_OF_BUILT_IN_MAPPERS)
    public Response missingToken(UnauthorizedException exception, UriInfo uri) {
        return unauthorized(
                uri, "Bearer", "This change needs a bearer token with the curator role (admin for specializations).");
    }

    @ServerExceptionMapper(priority = ProblemMappers.AHEAD_OF_BUILT_IN_MAPPERS)
    public Response invalidToken(AuthenticationFailedException exception, UriInfo uri) {
        return unauthorized(
                uri,
                "Bearer error=\"invalid_token\"",
                "The bearer token was refused: it is malformed, expired, not signed by a trusted key, from"
                        + " another issuer, or its subject (upn, preferred_username or sub) is not 1 to 200"
                        + " characters without NUL. Ask your identity provider for a new one.");
    }

    @ServerExceptionMapper(priority = ProblemMappers.AHEAD_OF_BUILT_IN_MAPPERS)
    public Response missingRole(ForbiddenException exception, UriInfo uri) {
        return problem(
                Status.FORBIDDEN,
                "Forbidden",
                "Your token does not carry the role this change needs: curator for entries, admin for specializations.",
                uri);
    }

    private Response unauthorized(UriInfo uri, String challenge, String detail) {
        String explained = verificationConfigured
                ? detail
                : "This deployment cannot verify tokens yet, so it accepts no changes: set"
                        + " MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity provider's public key or JWKS URL,"
                        + " and MP_JWT_VERIFY_ISSUER to its issuer.";
        return Response.fromResponse(problem(Status.UNAUTHORIZED, "Unauthorized", explained, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static Response problem(Status status, String title, String detail, UriInfo uri) {
        return ProblemMappers.respond(status, title, detail, uri, List.of());
    }
}
