package org.mlcatalog.entry;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a learner should already know to get value from an entry. */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<Level> {
        public Converter() {
            super(Level.class);
        }
    }
}
