package org.mlcatalog.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryListQuery;
import org.mlcatalog.entry.EntryRepository;
import org.mlcatalog.entry.EntryRepresentation;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.search.SearchService;

/**
 * Walks a filtered catalog in batches, each in its own short transaction, so an export of any
 * size holds one batch in memory at a time.
 */
@ApplicationScoped
public class ExportService {

    static final int BATCH = 500;

    private final SearchService search;
    private final EntryRepository entries;
    private final EntryService entryService;

    public ExportService(SearchService search, EntryRepository entries, EntryService entryService) {
        this.search = search;
        this.entries = entries;
        this.entryService = entryService;
    }

    /** Checks the filters before anything is streamed, so bad input still gets a 400. */
    @Transactional
    public EntryListQuery listFor(Map<String, List<String>> query) {
        return search.listFor(query);
    }

    /** The next batch of the list after the entry {@code after} (empty string to start), in id order. */
    @Transactional
    public List<EntryRepresentation> batchAfter(EntryListQuery list, String after) {
        return entries.loadInOrder(entries.batchAfter(list, after, BATCH)).stream()
                .map(entryService::represent)
                .toList();
    }
}
