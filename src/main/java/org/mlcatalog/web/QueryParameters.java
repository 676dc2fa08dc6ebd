package org.mlcatalog.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlcatalog.problem.ProblemException;

/** Checks on the query string that every list shares. */
public final class QueryParameters {

    private QueryParameters() {}

    /** Refuses parameters a list does not know, rather than silently ignoring a misspelt filter. */
    public static void rejectUnknown(Map<String, List<String>> query, Collection<String> accepted) {
        for (String name : query.keySet()) {
            if (!accepted.contains(name)) {
                throw ProblemException.invalid(
                        name,
                        "is not a parameter of this list, which accepts: %s"
                                .formatted(String.join(", ", new TreeSet<>(accepted))));
            }
        }
    }

    /** The value of a parameter that may be given at most once, or null when absent. */
    public static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ProblemException.invalid(name, "must be given once");
        }
        return values.get(0);
    }
}
