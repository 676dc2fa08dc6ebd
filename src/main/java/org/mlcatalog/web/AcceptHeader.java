package org.mlcatalog.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mlcatalog.problem.ProblemException;

/** The media types a request's {@code Accept} header asks for, for resources that choose their own. */
public final class AcceptHeader {

    private AcceptHeader() {}

    /** The acceptable types, most preferred first; a header that is no list of media types is a 400. */
    public static List<MediaType> acceptable(HttpHeaders headers) {
        try {
            return headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            throw ProblemException.badRequest("The Accept header '%s' is not a list of media types. Name the types"
                            .formatted(headers.getHeaderString(HttpHeaders.ACCEPT))
                    + " you accept, such as application/json, or leave the header out.");
        }
    }

    /** Whether the request accepts the type. */
    public static boolean accepts(HttpHeaders headers, MediaType type) {
        return acceptable(headers).stream().anyMatch(type::isCompatible);
    }
}
