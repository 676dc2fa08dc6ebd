package org.mlcatalog.change;

import java.util.List;

/** Changes after a cursor, and the cursor to ask from next time. */
public record ChangePage(List<Change> changes, String next, boolean hasMore) {}
