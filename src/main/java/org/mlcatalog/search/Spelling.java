package org.mlcatalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.mlcatalog.entry.NativeQueries;
import org.mlcatalog.entry.Slugs;
import org.mlcatalog.entry.TextQueries;

/**
 * "Did you mean": replaces each word of a query that no entry uses with the most similar word the
 * catalog does use, by trigram similarity over the vocabulary the database keeps current.
 */
@ApplicationScoped
public class Spelling {

    private static final Set<String> OPERATORS = Set.of("or", "and", "not");
    private static final double MIN_SIMILARITY = 0.3;
    private static final int MAX_WORDS = 12;

    private final EntityManager entityManager;

    public Spelling(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The query with its unknown words corrected, if any word could be. */
    public Optional<String> correct(String query) {
        String folded = Slugs.fold(query);
        Map<String, String> corrections = new LinkedHashMap<>();
        Set<String> known = known(words(folded));
        for (String word : words(folded)) {
            if (!known.contains(word)) {
                nearest(word).ifPresent(nearest -> corrections.put(word, nearest));
            }
        }
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = TextQueries.WORD.matcher(folded);
        StringBuilder corrected = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(corrections.getOrDefault(word, word)));
        }
        matcher.appendTail(corrected);
        return Optional.of(corrected.toString());
    }

    private static List<String> words(String folded) {
        return TextQueries.WORD
                .matcher(folded)
                .results()
                .map(MatchResult::group)
                .filter(word -> word.length() >= 3 && !OPERATORS.contains(word))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    private Set<String> known(List<String> words) {
        if (words.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(NativeQueries.texts(
                entityManager,
                "SELECT term FROM search_term WHERE term = ANY(CAST(:words AS text[]))",
                Map.of("words", words.toArray(String[]::new))));
    }

    private Optional<String> nearest(String word) {
        return NativeQueries.texts(
                        entityManager,
                        "SELECT term FROM search_term WHERE term % :word AND similarity(term, :word) >= :minimum"
                                + " ORDER BY similarity(term, :word) DESC, entries DESC, term LIMIT 1",
                        Map.of("word", word, "minimum", MIN_SIMILARITY))
                .stream()
                .findFirst();
    }
}
