package org.mlcatalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.mlcatalog.competition.CompetitionKind;
import org.mlcatalog.competition.CompetitionStatus;
import org.mlcatalog.entry.Entry;
import org.mlcatalog.entry.EntryFilters;
import org.mlcatalog.entry.EntryListQuery;
import org.mlcatalog.entry.EntryRepository;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Slugs;
import org.mlcatalog.entry.TextMatch;
import org.mlcatalog.entry.TextQueries;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.Page;
import org.mlcatalog.web.QueryParameters;

/**
 * Ranked full-text search across every kind, with the lists' filters, facet counts, highlights and
 * a spelling correction when a query finds little; and title suggestions while typing.
 */
@ApplicationScoped
public class SearchService {

    /** Below this many hits, a query is worth a spelling suggestion. */
    private static final int FEW_HITS = 3;

    public static final int MAX_SUGGESTIONS = 10;
    public static final int MAX_PREFIX_LENGTH = 100;
    /** Search's sorts by the list sort each stands for: relevance, two named orders, and every common field. */
    private static final Map<String, String> SORTS = sorts();

    private final EntryRepository entries;
    private final EntryService entryService;
    private final EntryFilters filters;
    private final TextQueries textQueries;
    private final SearchRepository search;
    private final Spelling spelling;

    public SearchService(
            EntryRepository entries,
            EntryService entryService,
            EntryFilters filters,
            TextQueries textQueries,
            SearchRepository search,
            Spelling spelling) {
        this.entries = entries;
        this.entryService = entryService;
        this.filters = filters;
        this.textQueries = textQueries;
        this.search = search;
        this.spelling = spelling;
    }

    public SearchResults search(Map<String, List<String>> query) {
        Map<String, List<String>> listQuery = withListSort(query);
        String text = QueryParameters.single(query, EntryListQuery.TEXT);
        SearchResults results = run(listQuery, text);
        if (results.searchedFor() == null
                || results.page().totalItems() >= FEW_HITS
                || wordsAloneMatchEnough(results.facets())) {
            return results;
        }
        Optional<String> correction = spelling.correct(results.searchedFor())
                .filter(corrected -> corrected.length() <= TextQueries.MAX_LENGTH);
        if (correction.isEmpty()) {
            return results;
        }
        boolean useCorrection = results.page().totalItems() == 0;
        return (useCorrection ? run(listQuery, correction.get()) : results)
                .correctedFrom(results.query(), correction.get());
    }

    /**
     * Whether the query's words match enough entries for the filters, not the spelling, to have
     * left few hits. Each facet is counted under every filter but its own, and an entry has at most
     * one value of a facet that is not multi-valued (kind, level, cost), so the total of any such
     * facet is a lower bound on the entries the words match whatever the filters.
     */
    private static boolean wordsAloneMatchEnough(Map<String, Map<String, Long>> facets) {
        return SearchRepository.FACETS.entrySet().stream()
                .filter(facet -> !facet.getValue().multiValued())
                .map(facet -> facets.get(facet.getKey()))
                .filter(Objects::nonNull)
                .anyMatch(counts ->
                        counts.values().stream().mapToLong(Long::longValue).sum() >= FEW_HITS);
    }

    /** The list a search query describes, for walking it whole (the export). */
    public EntryListQuery listFor(Map<String, List<String>> query) {
        return EntryListQuery.parse(
                withListSort(query),
                null,
                searchFilters(),
                textQueries.parse(QueryParameters.single(query, EntryListQuery.TEXT)));
    }

    private SearchResults run(Map<String, List<String>> query, String text) {
        Optional<TextMatch> match = textQueries.parse(text);
        EntryListQuery list = EntryListQuery.parse(query, null, searchFilters(), match);
        SearchRepository.PageSizeAndFacets found = search.pageSizeAndFacets(list, match);
        List<SearchHit> hits = new ArrayList<>();
        for (Entry entry : entries.loadInOrder(found.ids())) {
            SearchRepository.ScoredHighlight scored = found.highlights().get(entry.id);
            hits.add(new SearchHit(
                    entryService.represent(entry),
                    scored == null ? null : scored.score(),
                    scored == null ? null : scored.highlight()));
        }
        return new SearchResults(
                match.map(TextMatch::text).orElse(null),
                match.map(TextMatch::text).orElse(null),
                null,
                hits,
                Page.Position.of(list.page().number(), list.page().size(), found.size()),
                found.facets());
    }

    /** The list filters, plus a competition's status, which implies the competition kind. */
    private List<FilterParameter> searchFilters() {
        List<FilterParameter> all = new ArrayList<>(filters.of(null));
        List<String> statuses = Arrays.stream(CompetitionStatus.values())
                .map(CompetitionStatus::toString)
                .toList();
        all.add(FilterParameter.oneOf(
                "status",
                "EXISTS (SELECT 1 FROM competition k WHERE k.id = e.id AND " + CompetitionKind.STATUS + " = ANY("
                        + FilterParameter.VALUES + "))",
                () -> statuses));
        return all;
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new HashMap<>();
        sorts.put("relevance", EntryListQuery.RELEVANCE);
        sorts.put("newest", "-createdAt");
        sorts.put("updated", "-updatedAt");
        for (String field : EntryListQuery.commonSortFields()) {
            sorts.put(field, field);
            sorts.put("-" + field, "-" + field);
        }
        return Map.copyOf(sorts);
    }

    /** Search sorts by relevance too, and knows two orders by name (newest, updated); lists only by field. */
    private static Map<String, List<String>> withListSort(Map<String, List<String>> query) {
        String sort = QueryParameters.single(query, "sort");
        if (sort == null) {
            return query;
        }
        String listSort = SORTS.get(sort);
        if (listSort == null) {
            throw ProblemException.invalid(
                    "sort",
                    "must be relevance or a field: title, createdAt or updatedAt (prefix with - to sort descending;"
                            + " newest and updated stand for -createdAt and -updatedAt)");
        }
        String text = QueryParameters.single(query, EntryListQuery.TEXT);
        if (listSort.equals(EntryListQuery.RELEVANCE) && (text == null || text.isBlank())) {
            throw ProblemException.invalid("sort", "can only be relevance when q is given");
        }
        Map<String, List<String>> translated = new HashMap<>(query);
        translated.put("sort", List.of(listSort));
        return translated;
    }

    /** Up to ten titles for what a learner has typed so far. */
    public List<Suggestion> suggest(Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of(EntryListQuery.TEXT));
        String prefix = QueryParameters.single(query, EntryListQuery.TEXT);
        if (prefix == null || prefix.isBlank()) {
            throw ProblemException.invalid("q", "is required: the beginning of a title");
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw ProblemException.invalid("q", "must be at most %d characters".formatted(MAX_PREFIX_LENGTH));
        }
        String folded = Slugs.fold(prefix.stripLeading());
        List<String> words = TextQueries.WORD
                .matcher(folded)
                .results()
                .map(MatchResult::group)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        String wordPrefixes = String.join(" & ", words) + ":*";
        return search.titlesStartingWith(folded, wordPrefixes, MAX_SUGGESTIONS);
    }
}
