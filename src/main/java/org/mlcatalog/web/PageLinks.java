package org.mlcatalog.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 8288 links to the first, previous, next and last pages of a list, keeping its other parameters. */
public final class PageLinks {

    private PageLinks() {}

    public static Response ok(Page<?> page, UriInfo uri) {
        return Response.ok(page)
                .header(HttpHeaders.LINK, linksOf(page.page(), uri))
                .build();
    }

    /** One {@code Link} header with every relation, as most clients expect. */
    public static String linksOf(Page.Position position, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        long last = Math.max(1, position.totalPages());
        links.add(link(uri, 1, "first"));
        if (position.number() > 1) {
            links.add(link(uri, Math.min(position.number() - 1, last), "prev"));
        }
        if (position.number() < last) {
            links.add(link(uri, position.number() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links.stream().map(Link::toString).collect(Collectors.joining(", "));
    }

    private static Link link(UriInfo uri, long page, String relation) {
        return Link.fromUri(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .build())
                .rel(relation)
                .build();
    }
}
