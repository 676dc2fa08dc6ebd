package org.mlcatalog.event;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** How often an event takes place. */
public enum Recurrence {
    ONE_OFF,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ANNUAL,
    BIENNIAL;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<Recurrence> {
        public Converter() {
            super(Recurrence.class);
        }
    }
}
