package org.mlcatalog.organization;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@Singleton
public class OrganizationKind extends EntryKind<Organization, OrganizationDetails> {

    public OrganizationKind() {
        super(Kind.ORGANIZATION, Organization.class, OrganizationDetails.class, "organization");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("type", "k.type", OrganizationType.class),
                FilterParameter.oneOf("membership", "k.membership", Membership.class),
                FilterParameter.oneOf("region", "k.region", Region.class));
    }

    @Override
    public Map<String, String> sortFields() {
        return Map.of("foundedYear", "k.founded_year", "acronym", "k.acronym");
    }
}
