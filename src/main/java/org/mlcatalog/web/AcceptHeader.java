package org.mlcatalog.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mlcatalog.problem.ProblemException;

/** The media types a request's {@code Accept} header asks for, for resources that choose their own. */
public final class AcceptHeader {

    private AcceptHeader() {}

    /**
     * The acceptable types, most preferred first: any type when the header names none, and none of
     * those weighted {@code q=0}, which RFC 9110 makes "not acceptable". A header that is no list of
     * media types is a 400.
     */
    public static List<MediaType> acceptable(HttpHeaders headers) {
        List<MediaType> named;
        try {
            named = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            throw ProblemException.badRequest("The Accept header '%s' is not a list of media types. Name the types"
                            .formatted(headers.getHeaderString(HttpHeaders.ACCEPT))
                    + " you accept, such as application/json, or leave the header out.");
        }
        if (named.isEmpty()) {
            return List.of(MediaType.WILDCARD_TYPE);
        }
        return named.stream().filter(type -> !weightedZero(type)).toList();
    }

    /** Whether the request accepts the type. */
    public static boolean accepts(HttpHeaders headers, MediaType type) {
        return acceptable(headers).stream().anyMatch(type::isCompatible);
    }

    private static boolean weightedZero(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1")) == 0;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
