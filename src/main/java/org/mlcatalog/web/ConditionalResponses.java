package org.mlcatalog.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching for every JSON answer of the API: an {@code ETag} (and {@code Last-Modified} where the
 * resource knows it), 304 for a matching {@code If-None-Match} or an unchanged
 * {@code If-Modified-Since}, and {@code Cache-Control} that lets shared caches keep anonymous reads.
 */
public class ConditionalResponses {

    private static final String ANONYMOUS_READ = "public, max-age=60";
    private static final String PERSONAL = "private, no-cache";

    private final EntityTags tags;

    public ConditionalResponses(EntityTags tags) {
        this.tags = tags;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api/")
                || response.getStatus() / 100 != 2
                || !response.hasEntity()
                || (response.getMediaType() != null
                        && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        // The same path may answer JSON or JSON-LD, so caches must key on Accept too.
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Instant lastModified = response.getEntity() instanceof LastModified known ? known.lastModified() : null;
        // The body is written once: the bytes that are hashed are the bytes that are sent.
        byte[] json = tags.json(response.getEntity());
        String tag = EntityTags.of(json);
        response.setEntity(json, response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (lastModified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read) {
            return;
        }
        response.getHeaders()
                .putSingle(
                        HttpHeaders.CACHE_CONTROL,
                        request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? ANONYMOUS_READ : PERSONAL);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean unchanged = ifNoneMatch != null
                ? EntityTags.matches(ifNoneMatch, tag)
                : notModifiedSince(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified);
        if (unchanged) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
