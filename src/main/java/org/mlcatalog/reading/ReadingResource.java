package org.mlcatalog.reading;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/readings")
public class ReadingResource extends KindCollectionResource<Reading, ReadingDetails> {

    public ReadingResource(ReadingKind kind, EntryService entries) {
        super(kind, entries);
    }
}
