package org.mlcatalog.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlcatalog.change.ChangeFeedRepository.ChangeRow;
import org.mlcatalog.entry.Entry;
import org.mlcatalog.entry.EntryRepository;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.PageRequest;
import org.mlcatalog.web.QueryParameters;

/**
 * The change feed an app mirrors the catalog with. Changes come in the order of their
 * transactions, and only once every older transaction has finished, so following the cursor
 * never skips a change.
 */
@ApplicationScoped
public class ChangeFeedService {

    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})");
    private static final String START = "0.0";

    private final ChangeFeedRepository log;
    private final EntryRepository entries;
    private final EntryService entryService;

    public ChangeFeedService(ChangeFeedRepository log, EntryRepository entries, EntryService entryService) {
        this.log = log;
        this.entries = entries;
        this.entryService = entryService;
    }

    @Transactional
    public ChangePage after(Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of("since", "size"));
        String since = QueryParameters.single(query, "since");
        Matcher cursor = CURSOR.matcher(since == null ? START : since);
        if (!cursor.matches()) {
            throw ProblemException.invalid(
                    "since", "must be a cursor from an earlier answer's next, or absent to start");
        }
        int size = PageRequest.from(query).size();
        List<ChangeRow> rows = log.after(cursor.group(1), sequence(cursor.group(2)), size + 1);
        boolean hasMore = rows.size() > size;
        List<ChangeRow> page = hasMore ? rows.subList(0, size) : rows;
        Map<String, Entry> current = entries.loadById(
                page.stream().map(ChangeRow::entryId).distinct().toList());
        List<Change> changes = new ArrayList<>();
        for (ChangeRow row : page) {
            Entry entry = row.operation().equals("deleted") ? null : current.get(row.entryId());
            changes.add(new Change(
                    row.cursor(),
                    row.entryId(),
                    row.kind(),
                    row.operation(),
                    row.changedAt(),
                    entry == null ? null : entryService.represent(entry)));
        }
        String next = changes.isEmpty()
                ? (since == null ? START : since)
                : changes.get(changes.size() - 1).cursor();
        return new ChangePage(changes, next, hasMore);
    }

    private static long sequence(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            throw ProblemException.invalid(
                    "since", "must be a cursor from an earlier answer's next, or absent to start");
        }
    }
}
