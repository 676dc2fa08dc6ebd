package org.mlcatalog.community;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/communities")
public class CommunityResource extends KindCollectionResource<Community, CommunityDetails> {

    public CommunityResource(CommunityKind kind, EntryService entries) {
        super(kind, entries);
    }
}
