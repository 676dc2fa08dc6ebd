package org.mlcatalog.entry;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seven kinds of catalog entry, each served by its own collection. */
public enum Kind {
    COURSE("courses"),
    COMPETITION("competitions"),
    ORGANIZATION("organizations"),
    COMMUNITY("communities"),
    EVENT("events"),
    READING("readings"),
    PROGRAM("programs");

    private final String collection;

    Kind(String collection) {
        this.collection = collection;
    }

    /** The path segment of the kind's collection under {@code /api/v1}. */
    public String collection() {
        return collection;
    }

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }
}
