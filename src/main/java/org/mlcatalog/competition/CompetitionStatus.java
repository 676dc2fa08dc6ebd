package org.mlcatalog.competition;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** Where a competition stands today, derived from its dates. */
public enum CompetitionStatus {
    UPCOMING,
    OPEN,
    CLOSED,
    ONGOING;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<CompetitionStatus> {
        public Converter() {
            super(CompetitionStatus.class);
        }
    }
}
