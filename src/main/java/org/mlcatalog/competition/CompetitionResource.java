package org.mlcatalog.competition;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/competitions")
public class CompetitionResource extends KindCollectionResource<Competition, CompetitionDetails> {

    public CompetitionResource(CompetitionKind kind, EntryService entries) {
        super(kind, entries);
    }
}
