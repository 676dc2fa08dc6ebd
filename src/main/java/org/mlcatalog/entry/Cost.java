package org.mlcatalog.entry;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a learner pays: nothing, nothing for the core with paid extras, or a price. */
public enum Cost {
    FREE,
    FREEMIUM,
    PAID;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<Cost> {
        public Converter() {
            super(Cost.class);
        }
    }
}
