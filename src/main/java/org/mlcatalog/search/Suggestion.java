package org.mlcatalog.search;

import org.mlcatalog.entry.Kind;

/** A title offered while a learner types. */
public record Suggestion(String id, Kind kind, String title) {}
