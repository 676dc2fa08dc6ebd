package org.mlcatalog.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** Where an organization mainly works. */
public enum Region {
    GLOBAL,
    AFRICA,
    ASIA,
    EUROPE,
    LATIN_AMERICA,
    MIDDLE_EAST,
    NORTH_AMERICA,
    OCEANIA;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<Region> {
        public Converter() {
            super(Region.class);
        }
    }
}
