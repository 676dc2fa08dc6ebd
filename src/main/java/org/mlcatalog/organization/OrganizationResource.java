package org.mlcatalog.organization;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/organizations")
public class OrganizationResource extends KindCollectionResource<Organization, OrganizationDetails> {

    public OrganizationResource(OrganizationKind kind, EntryService entries) {
        super(kind, entries);
    }
}
