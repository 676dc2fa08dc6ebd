package org.mlcatalog.program;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** What sort of program it is. */
public enum ProgramType {
    INTERNSHIP,
    FELLOWSHIP,
    RESIDENCY,
    CO_OP,
    MENTORSHIP,
    APPRENTICESHIP;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<ProgramType> {
        public Converter() {
            super(ProgramType.class);
        }
    }
}
