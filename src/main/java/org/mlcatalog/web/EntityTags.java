package org.mlcatalog.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Strong entity tags: a digest of a representation's JSON, so a tag changes exactly when what a
 * client would receive changes (a competition's derived status included).
 */
@ApplicationScoped
public class EntityTags {

    // Looking a digest up by name costs more than hashing a representation; each thread keeps one.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final ObjectMapper mapper;

    public EntityTags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The quoted entity tag of a representation. */
    public String of(Object representation) {
        return of(json(representation));
    }

    /** A representation as the JSON the API sends. */
    public byte[] json(Object representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A representation could not be written as JSON", e);
        }
    }

    /** The quoted entity tag of a representation's JSON. */
    public static String of(byte[] json) {
        byte[] digest = SHA_256.get().digest(json);
        return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
    }

    /** Whether an If-Match header names this tag (or is {@code *}); weak tags never match. */
    public static boolean matchesStrongly(String header, String tag) {
        return header != null && matches(header.replaceAll("W/\"[^\"]*\"", "\"\""), tag);
    }

    /** Whether an If-None-Match header names this tag, weakly or not (or is {@code *}). */
    public static boolean matches(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || trimmed.equals(tag) || trimmed.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
