package org.mlcatalog.guide;

import java.util.List;

/** The entries featured at a stage, first one first. */
public record Featured(List<String> entries) {}
