package org.mlcatalog.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** RFC 8288 links to the first, previous, next and last pages of a list, keeping its other parameters. */
public final class PageLinks {

    private static final String PAGE = "page";

    private PageLinks() {}

    public static Response ok(Page<?> page, UriInfo uri) {
        return Response.ok(page)
                .header(HttpHeaders.LINK, linksOf(page.page(), uri))
                .build();
    }

    /**
     * One {@code Link} header with every relation, as most clients expect. Each target is the
     * request's own URI, its other parameters exactly as the client encoded them, with
     * {@code page} last.
     */
    public static String linksOf(Page.Position position, UriInfo uri) {
        String target = withoutPage(uri.getRequestUri());
        long last = Math.max(1, position.totalPages());
        StringBuilder links = new StringBuilder(4 * (target.length() + 24));
        append(links, target, 1, "first");
        if (position.number() > 1) {
            append(links, target, Math.min(position.number() - 1, last), "prev");
        }
        if (position.number() < last) {
            append(links, target, position.number() + 1, "next");
        }
        append(links, target, last, "last");
        return links.toString();
    }

    private static void append(StringBuilder links, String target, long page, String relation) {
        if (!links.isEmpty()) {
            links.append(", ");
        }
        links.append('<')
                .append(target)
                .append(PAGE)
                .append('=')
                .append(page)
                .append(">; rel=\"")
                .append(relation)
                .append('"');
    }

    /** The URI up to and including the separator before a {@code page} parameter would go. */
    private static String withoutPage(URI request) {
        StringBuilder target = new StringBuilder()
                .append(request.getScheme())
                .append("://")
                .append(request.getRawAuthority())
                .append(request.getRawPath())
                .append('?');
        String query = request.getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (!parameter.isEmpty() && !isPage(parameter)) {
                    target.append(parameter).append('&');
                }
            }
        }
        return target.toString();
    }

    private static boolean isPage(String parameter) {
        int equals = parameter.indexOf('=');
        String name = equals < 0 ? parameter : parameter.substring(0, equals);
        if (name.indexOf('%') < 0 && name.indexOf('+') < 0) {
            return name.equals(PAGE);
        }
        // A raw query of a URI holds only well-formed escapes, so decoding cannot fail.
        return URLDecoder.decode(name, StandardCharsets.UTF_8).equals(PAGE);
    }
}
