package org.mlcatalog.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** What sort of body an organization is. */
public enum OrganizationType {
    PROFESSIONAL_SOCIETY,
    NON_PROFIT,
    RESEARCH_LAB,
    AFFINITY_GROUP,
    COMPANY,
    OPEN_SOURCE_FOUNDATION;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<OrganizationType> {
        public Converter() {
            super(OrganizationType.class);
        }
    }
}
