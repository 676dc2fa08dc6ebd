package org.mlcatalog.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mlcatalog.problem.ProblemException;

/**
 * Turns the {@code q} parameter, written in web-search syntax ("quoted phrases", {@code or},
 * {@code -excluded}), into a full-text match. Abbreviations and synonyms from the
 * {@code search_synonym} table are expanded both ways: a query that names one term of a group
 * also matches entries that use another.
 */
@ApplicationScoped
public class TextQueries {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_VARIANTS = 12;
    /** The parameter holding the query and its synonym variants, as one array. */
    private static final String VARIANTS_PARAMETER = "variants";
    /**
     * The tsquery of the query and its synonym variants: any of them matches. The variants are one
     * array, so every query has the same statement text. A scalar subquery is computed once per
     * statement. Written inline, the tsquery would be parsed again for every matching entry (in the
     * recheck and in the ranking) once PostgreSQL keeps a generic plan of the prepared statement:
     * twice the time of a broad search.
     */
    private static final String ANY_VARIANT =
            "(SELECT catalog_any_of(websearch_to_tsquery('catalog_english', v.variant) ORDER BY v.n)"
                    + " FROM unnest(CAST(:" + VARIANTS_PARAMETER + " AS text[])) WITH ORDINALITY AS v(variant, n))";
    /** The parameter holding that tsquery as text, where it was read first to weigh its words. */
    private static final String TSQUERY_PARAMETER = "tsquery";
    /** The parameter holding the looser tsquery that drives the index scan, when there is one. */
    private static final String INDEX_TSQUERY_PARAMETER = "index_tsquery";
    /** How much heap the kept tsqueries may take: a few thousand queries of usual length. */
    private static final long KEPT_TSQUERY_BYTES = 1024 * 1024;
    /** A word of a query, as search and spelling suggestions split it. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final EntityManager entityManager;
    private final LexemeShares lexemeShares;
    // Synonyms change only with a migration, so they are read once.
    private volatile List<List<Synonym>> synonymGroups;
    private final KeptTsqueries tsqueries = new KeptTsqueries(KEPT_TSQUERY_BYTES, this::readTsquery);

    /** A term of a synonym group, with the pattern that finds it as a whole word. */
    private record Synonym(String term, Pattern wholeWord) {

        static Synonym of(String term) {
            return new Synonym(
                    term, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"));
        }
    }

    public TextQueries(EntityManager entityManager, LexemeShares lexemeShares) {
        this.entityManager = entityManager;
        this.lexemeShares = lexemeShares;
    }

    /** The match for a query, or empty when the query is absent or blank (a plain browse). */
    public Optional<TextMatch> parse(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        if (query.length() > MAX_LENGTH) {
            throw ProblemException.invalid("q", "must be at most %d characters".formatted(MAX_LENGTH));
        }
        // A slash separates words, as in the indexed titles ("r/MachineLearning").
        String folded = Slugs.fold(query.strip()).replace('/', ' ');
        List<String> variants = variants(folded);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(TextMatch.TITLE_PARAMETER, folded);
        Optional<ToDoubleFunction<String>> shares = lexemeShares.forDriving();
        if (shares.isEmpty()) {
            parameters.put(VARIANTS_PARAMETER, variants.toArray(String[]::new));
            return Optional.of(new TextMatch(query.strip(), ANY_VARIANT, ANY_VARIANT, parameters));
        }
        // The tsquery is taken as text, so that its words can be weighed.
        String tsquery = tsqueries.of(variants);
        parameters.put(TSQUERY_PARAMETER, tsquery);
        String match = bound(TSQUERY_PARAMETER);
        String indexMatch = match;
        Optional<String> driver = IndexDriver.of(tsquery, shares.get());
        if (driver.isPresent()) {
            parameters.put(INDEX_TSQUERY_PARAMETER, driver.get());
            indexMatch = bound(INDEX_TSQUERY_PARAMETER);
        }
        return Optional.of(new TextMatch(query.strip(), match, indexMatch, parameters));
    }

    private String readTsquery(List<String> variants) {
        return NativeQueries.texts(
                        entityManager,
                        "SELECT CAST(" + ANY_VARIANT + " AS text)",
                        Map.of(VARIANTS_PARAMETER, variants.toArray(String[]::new)))
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    /** A tsquery bound as text, read once per statement by a scalar subquery (see {@link #ANY_VARIANT}). */
    private static String bound(String parameter) {
        return "(SELECT CAST(:" + parameter + " AS tsquery))";
    }

    /** The query as written, then the query with each synonym term it contains replaced by the others. */
    List<String> variants(String query) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(query);
        for (List<Synonym> group : synonymGroups()) {
            for (Synonym synonym : group) {
                // Most queries hold no term of most groups: a plain search rules a term out cheaply.
                if (!query.contains(synonym.term())) {
                    continue;
                }
                Matcher found = synonym.wholeWord().matcher(query);
                if (!found.find() || excluded(query, found.start())) {
                    continue;
                }
                for (Synonym otherSynonym : group) {
                    String other = otherSynonym.term();
                    if (!other.equals(synonym.term()) && variants.size() < MAX_VARIANTS) {
                        String replacement = other.contains(" ") ? "\"" + other + "\"" : other;
                        variants.add(found.replaceAll(Matcher.quoteReplacement(replacement)));
                    }
                }
                break;
            }
        }
        return List.copyOf(variants);
    }

    private static boolean excluded(String query, int start) {
        return start > 0 && query.charAt(start - 1) == '-';
    }

    /** Each group of terms that stand for each other, longest terms first. */
    private List<List<Synonym>> synonymGroups() {
        List<List<Synonym>> known = synonymGroups;
        if (known == null) {
            known = readSynonymGroups();
            synonymGroups = known;
        }
        return known;
    }

    private List<List<Synonym>> readSynonymGroups() {
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT synonym_set, term FROM search_synonym")
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row[0],
                        LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())))
                .values()
                .stream()
                .map(terms -> terms.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Synonym::of)
                        .toList())
                .toList();
    }
}
