package org.mlcatalog.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlcatalog.web.PageLinks;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("search")
    public Response search(@Context UriInfo uri) {
        SearchResults results = search.search(uri.getQueryParameters());
        return Response.ok(results)
                .header("Link", PageLinks.linksOf(results.page(), uri))
                .build();
    }

    /** Typeahead suggestions, cheap enough to ask for on every keystroke. */
    @GET
    @Path("suggest")
    public Suggestions suggest(@Context UriInfo uri) {
        return new Suggestions(search.suggest(uri.getQueryParameters()));
    }

    public record Suggestions(List<Suggestion> suggestions) {}
}
