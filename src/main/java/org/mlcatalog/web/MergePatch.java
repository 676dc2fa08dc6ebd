package org.mlcatalog.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.mlcatalog.problem.ProblemException;

/** RFC 7396 JSON merge patch, applied by the JSON-P implementation to Jackson documents. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    public static JsonNode apply(JsonNode target, JsonNode patch, ObjectMapper mapper) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(
                    "A merge patch must be a JSON object naming the fields to change (null removes a field).");
        }
        try {
            JsonValue patched = Json.createMergePatch(toJsonP(patch, mapper)).apply(toJsonP(target, mapper));
            return mapper.readTree(patched.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merged document could not be read back", e);
        }
    }

    private static JsonValue toJsonP(JsonNode node, ObjectMapper mapper) throws JsonProcessingException {
        try (var reader = Json.createReader(new StringReader(mapper.writeValueAsString(node)))) {
            return reader.readValue();
        }
    }
}
