package org.mlcatalog.bulk;

import java.util.List;

/** What an import did (or, in a dry run, would do), line by line. */
public record ImportReport(boolean dryRun, int created, int updated, int unchanged, List<Line> lines) {

    /** The outcome for one line of the NDJSON body: created, updated or unchanged. */
    public record Line(int line, String id, String result) {}

    static ImportReport of(boolean dryRun, List<Line> lines) {
        return new ImportReport(
                dryRun, count(lines, "created"), count(lines, "updated"), count(lines, "unchanged"), lines);
    }

    private static int count(List<Line> lines, String result) {
        return (int) lines.stream().filter(line -> line.result().equals(result)).count();
    }
}
