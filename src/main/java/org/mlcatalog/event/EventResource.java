package org.mlcatalog.event;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/events")
public class EventResource extends KindCollectionResource<Event, EventDetails> {

    public EventResource(EventKind kind, EntryService entries) {
        super(kind, entries);
    }
}
