package org.mlcatalog.program;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/programs")
public class ProgramResource extends KindCollectionResource<Program, ProgramDetails> {

    public ProgramResource(ProgramKind kind, EntryService entries) {
        super(kind, entries);
    }
}
