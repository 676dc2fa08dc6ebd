package org.mlcatalog.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** Whether and how a learner can join an organization. */
public enum Membership {
    FREE,
    PAID,
    NONE;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<Membership> {
        public Converter() {
            super(Membership.class);
        }
    }
}
