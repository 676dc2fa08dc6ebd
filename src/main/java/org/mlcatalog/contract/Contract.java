package org.mlcatalog.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API contract, {@code openapi.yaml}, as it ships inside the service: its text as written,
 * the same document as JSON, and the parsed tree. Read on first use, so it costs nothing at start.
 */
@ApplicationScoped
public class Contract {

    private static final String RESOURCE = "META-INF/openapi.yaml";

    private record Forms(byte[] yaml, JsonNode document, byte[] json) {}

    private final ObjectMapper mapper;
    private volatile Forms forms;

    public Contract(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The contract's text exactly as written. */
    public byte[] yaml() {
        return forms().yaml();
    }

    /** The same document as JSON. */
    public byte[] json() {
        return forms().json();
    }

    /** The parsed document. */
    public JsonNode document() {
        return forms().document();
    }

    private Forms forms() {
        Forms known = forms;
        if (known == null) {
            known = read();
            forms = known;
        }
        return known;
    }

    private Forms read() {
        try (InputStream text = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (text == null) {
                throw new IllegalStateException("The contract " + RESOURCE + " is missing from the service");
            }
            byte[] yaml = text.readAllBytes();
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            return new Forms(yaml, document, mapper.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + RESOURCE + " cannot be read", e);
        }
    }
}
