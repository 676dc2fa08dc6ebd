package org.mlcatalog.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The limits JSON bodies are read within, and how a client is told them. No entry nests deeper
 * than three levels; the merge patch library fails with an error of its own on documents nested
 * about as deep as Jackson's default limit of 1000.
 */
public final class JsonLimits {

    public static final int MAX_DEPTH = 32;

    public static final String DESCRIPTION = "at most " + MAX_DEPTH + " levels of nesting, and numbers of at most "
            + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";

    private JsonLimits() {}
}
