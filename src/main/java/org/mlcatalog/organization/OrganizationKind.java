package org.mlcatalog.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@ApplicationScoped
public class OrganizationKind extends EntryKind<Organization, OrganizationDetails> {

    public OrganizationKind() {
        super(Kind.ORGANIZATION, Organization.class, OrganizationDetails.class, "organization");
    }

    @Override
    public Organization newEntity() {
        return new Organization();
    }

    @Override
    public OrganizationDetails detailsOf(Organization organization) {
        return new OrganizationDetails(
                organization.acronym,
                organization.type,
                organization.membership,
                organization.foundedYear,
                organization.region);
    }

    @Override
    public void applyDetails(OrganizationDetails details, Organization organization) {
        organization.acronym = details.acronym();
        organization.type = details.type();
        organization.membership = details.membership();
        organization.foundedYear = details.foundedYear();
        organization.region = details.region();
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
