package org.mlcatalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mlcatalog.problem.ProblemException;

/**
 * Text the database cannot store — a NUL character, or half of a surrogate pair — is refused
 * wherever it appears: in the path, the query string or any string of a JSON body.
 */
public final class UnreadableText {

    /** Checks the path and query string of every request before it reaches a resource. */
    @ServerRequestFilter(preMatching = true)
    public void rejectInPathAndQuery(ContainerRequestContext request) {
        if (!storable(request.getUriInfo().getPath())) {
            throw ProblemException.badRequest("The path contains a character that cannot be stored, such as NUL.");
        }
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters().entrySet()) {
            if (!storable(parameter.getKey()) || !parameter.getValue().stream().allMatch(UnreadableText::storable)) {
                throw ProblemException.invalid(
                        parameter.getKey(), "contains a character that cannot be stored, such as NUL");
            }
        }
    }

    /** Checks every string of a JSON document, naming the field that holds a bad one. */
    public static void requireStorable(JsonNode node, String path) {
        if (node.isTextual() && !storable(node.textValue())) {
            throw ProblemException.invalid(path, "contains a character that cannot be stored, such as NUL");
        }
        if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                requireStorable(node.get(index), path + "[" + index + "]");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (!storable(field.getKey())) {
                throw ProblemException.invalid(name, "is a field name with a character that cannot be stored");
            }
            requireStorable(field.getValue(), name);
        }
    }

    /** Whether PostgreSQL can store the text: no NUL, and no half of a surrogate pair. */
    public static boolean storable(String text) {
        return text.codePoints()
                .noneMatch(point -> point == 0 || point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE);
    }
}
