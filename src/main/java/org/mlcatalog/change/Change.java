package org.mlcatalog.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.mlcatalog.entry.EntryRepresentation;

/**
 * One change of the catalog, with the entry as it is now; a deletion (a tombstone), or a change to
 * an entry deleted since, has no entry.
 */
public record Change(
        String cursor,
        String id,
        String kind,
        String operation,
        Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) EntryRepresentation entry) {}
