package org.mlcatalog.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Search semantics on entries each test creates, with a word no other entry uses. */
@QuarkusTest
class SearchTest extends ApiTest {

    private static final String SEARCH = "/api/v1/search";

    private final List<String> created = new ArrayList<>();
    private final String word = "zq" + unique().replaceAll("[^a-z]", "x");

    @AfterEach
    void deleteCreated() {
        created.forEach(path -> api().delete(path).then().statusCode(204));
    }

    private String create(KindPath kind, Map<String, Object> changes) {
        Map<String, Object> body = Samples.body(kind, "search-" + unique());
        body.putAll(changes);
        String id =
                json(body).post(kind.path()).then().statusCode(201).extract().path("id");
        created.add(kind.path() + "/" + id);
        return id;
    }

    @Test
    void linksEachPageWithTheOtherParametersAsTheClientWroteThem() {
        for (int index = 0; index < 3; index++) {
            create(KindPath.READING, Map.of("title", "The " + word + " notes " + index));
        }
        String links = anonymous()
                .urlEncodingEnabled(false)
                .get(SEARCH + "?q=" + word + "+n%6Ftes&page=2&size=1&kind=reading")
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(3))
                .extract()
                .header("Link");

        String target =
                "<http://localhost:" + RestAssured.port + SEARCH + "?q=" + word + "+n%6Ftes&size=1&kind=reading&page=";
        assertEquals(
                target + "1>; rel=\"first\", " + target + "1>; rel=\"prev\", " + target + "3>; rel=\"next\", " + target
                        + "3>; rel=\"last\"",
                links);
    }

    @Test
    void answersAPagePastTheEndWithTheTotalAndFacetsOfTheWholeList() {
        create(KindPath.READING, Map.of("title", "The " + word + " reader"));
        create(KindPath.COURSE, Map.of("title", "A " + word + " course"));

        api().queryParam("q", word)
                .queryParam("page", 3)
                .queryParam("size", 1)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(2))
                .body("facets.kind.course", equalTo(1))
                .body("facets.kind.reading", equalTo(1));
    }

    @Test
    void ranksTitleMatchesAboveSummaryMatchesAndHighlightsThem() {
        String inSummary = create(
                KindPath.COURSE,
                Map.of(
                        "title",
                        "Course on other things",
                        "summary",
                        "A course that mentions " + word + " once in passing."));
        String inTitle = create(KindPath.READING, Map.of("title", "The " + word + " handbook"));

        api().queryParam("q", word)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("query", equalTo(word))
                .body("items.entry.id", contains(inTitle, inSummary))
                .body("items[0].score", greaterThan(0f))
                .body("items.score", everyItem(lessThanOrEqualTo(1f)))
                .body("items[0].highlight.title", equalTo("The <mark>" + word + "</mark> handbook"))
                .body("items[1].highlight.summary", containsString("<mark>" + word + "</mark>"))
                .body("didYouMean", nullValue());
    }

    @Test
    void countsEachFacetWithoutItsOwnFilter() {
        create(KindPath.COURSE, Map.of("title", word + " one", "level", "beginner", "stages", List.of("theory")));
        create(
                KindPath.COURSE,
                Map.of("title", word + " two", "level", "advanced", "stages", List.of("theory", "practice")));
        create(KindPath.EVENT, Map.of("title", word + " three", "level", "beginner", "cost", "paid"));

        api().queryParam("q", word)
                .queryParam("kind", "course")
                .queryParam("level", "beginner")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(1))
                .body("facets.kind", equalTo(Map.of("course", 1, "event", 1)))
                .body("facets.level", equalTo(Map.of("advanced", 1, "beginner", 1)))
                .body("facets.stage", equalTo(Map.of("theory", 1)))
                .body("facets.cost", equalTo(Map.of("free", 1)))
                .body("facets.specialization", equalTo(Map.of("nlp", 1)));
    }

    @Test
    void filtersAndCountsAnEntryByTheStagesAndSpecializationsItHasNow() {
        String id = create(
                KindPath.COURSE,
                Map.of("title", word + " moving", "stages", List.of("theory"), "specializations", List.of("nlp")));
        api().contentType("application/merge-patch+json")
                .body(Map.of("stages", List.of("practice", "job-market"), "specializations", List.of("robotics")))
                .patch(KindPath.COURSE.path() + "/" + id)
                .then()
                .statusCode(200);

        api().queryParam("q", word)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("facets.stage", equalTo(Map.of("job-market", 1, "practice", 1)))
                .body("facets.specialization", equalTo(Map.of("robotics", 1)));
        api().queryParam("q", word)
                .queryParam("stage", "practice")
                .queryParam("specialization", "robotics")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(id));
        api().queryParam("q", word)
                .queryParam("stage", "theory")
                .get(SEARCH)
                .then()
                .body("items", empty());
        api().queryParam("q", word)
                .queryParam("specialization", "nlp")
                .get("/api/v1/courses")
                .then()
                .body("items", empty());
    }

    @Test
    void combinesTheQueryWithFilters() {
        String free = create(KindPath.COURSE, Map.of("title", word + " free", "cost", "free"));
        create(KindPath.COURSE, Map.of("title", word + " paid", "cost", "paid"));
        String competition = create(KindPath.COMPETITION, Map.of("title", word + " contest"));

        api().queryParam("q", word)
                .queryParam("cost", "free")
                .queryParam("kind", "course")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(free));
        api().queryParam("q", word)
                .queryParam("status", "closed")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(competition));
        api().queryParam("q", word)
                .queryParam("cost", "free")
                .get("/api/v1/courses")
                .then()
                .body("items.id", contains(free));
        api().queryParam("q", word)
                .queryParam("kind", "competition")
                .get("/api/v1/entries")
                .then()
                .body("items.id", contains(competition));
    }

    @Test
    void understandsPhrasesOrAndExclusion() {
        String first = create(KindPath.READING, Map.of("title", word + " graph neural networks"));
        String second = create(KindPath.READING, Map.of("title", word + " neural graph models"));

        api().queryParam("q", word + " \"graph neural\"").get(SEARCH).then().body("items.entry.id", contains(first));
        api().queryParam("q", word + " -models").get(SEARCH).then().body("items.entry.id", contains(first));
        // As in PostgreSQL's web-search syntax, "or" binds looser than the implicit "and".
        api().queryParam("q", word + " networks or " + word + " models")
                .queryParam("sort", "title")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(first, second));
    }

    @Test
    void ignoresAccentsAndStemsEnglish() {
        String id = create(KindPath.READING, Map.of("title", "Résumé " + word + " writing for learners"));

        api().queryParam("q", "resume " + word + " learner").get(SEARCH).then().body("items.entry.id", contains(id));
    }

    @Test
    void expandsAbbreviationsBothWays() {
        String spelledOut = create(KindPath.COURSE, Map.of("title", word + " natural language processing"));
        String abbreviated = create(KindPath.COURSE, Map.of("title", word + " NLP"));

        api().queryParam("q", word + " nlp")
                .get(SEARCH)
                .then()
                .body("items.entry.id", containsInAnyOrder(spelledOut, abbreviated));
        api().queryParam("q", word + " natural language processing")
                .get(SEARCH)
                .then()
                .body("items.entry.id", containsInAnyOrder(spelledOut, abbreviated));
    }

    @Test
    void offersACorrectionAndSearchesForItWhenAQueryFindsNothing() {
        api().queryParam("q", "reinforcment lerning")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("query", equalTo("reinforcment lerning"))
                .body("didYouMean", equalTo("reinforcement learning"))
                .body("searchedFor", equalTo("reinforcement learning"))
                .body("page.totalItems", greaterThan(0));
    }

    @Test
    void correctsTheWordsWhenTheyFindLittleWhateverTheFilters() {
        api().queryParam("q", "kagle titanik")
                .queryParam("kind", "competition")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("didYouMean", equalTo("kaggle titanic"))
                .body("items.entry.id", hasItem("kaggle-titanic"));
    }

    @Test
    void leavesTheWordsAsTypedWhenTheyMatchEnoughAndOnlyTheFiltersLeaveFewHits() {
        for (int i = 0; i < 3; i++) {
            create(KindPath.READING, Map.of("title", "The " + word + " notes, part " + (i + 1)));
        }

        api().queryParam("q", word + " or kagle")
                .queryParam("kind", "course")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("didYouMean", nullValue())
                .body("searchedFor", equalTo(word + " or kagle"))
                .body("page.totalItems", equalTo(0))
                .body("facets.kind.reading", equalTo(3));
    }

    @Test
    void answersEachHitWithTheEntryItsCollectionAnswers() {
        Map<String, KindPath> kindsById = new HashMap<>();
        for (KindPath kind : KindPath.values()) {
            kindsById.put(create(kind, Map.of("title", "The " + word + " " + kind.kind)), kind);
        }

        List<Map<String, Object>> found = anonymous()
                .queryParam("q", word)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(kindsById.size()))
                .extract()
                .jsonPath()
                .getList("items.entry");
        List<Map<String, Object>> browsed = anonymous()
                .queryParam("sort", "newest")
                .queryParam("size", kindsById.size())
                .get(SEARCH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.entry");

        for (List<Map<String, Object>> hits : List.of(found, browsed)) {
            assertEquals(
                    kindsById.keySet(), hits.stream().map(hit -> hit.get("id")).collect(Collectors.toSet()));
            for (Map<String, Object> hit : hits) {
                Map<String, Object> own = anonymous()
                        .get(kindsById.get(hit.get("id")).path() + "/" + hit.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("");
                assertEquals(own, hit);
            }
        }
    }

    @Test
    void browsesWithFiltersWhenThereIsNoQuery() {
        api().queryParam("kind", "program")
                .queryParam("sort", "title")
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("query", nullValue())
                .body("items.entry.kind", everyItem(equalTo("program")))
                .body("items[0].score", nullValue())
                .body("facets.kind.program", greaterThan(0));
    }

    @Test
    void pagesOfAFilteredSearchFollowEachOtherInRankOrderAndCountTheOtherValuesOfTheFilter() {
        List<String> free = new ArrayList<>();
        for (String title :
                List.of(word, word + " basics", word + " for learners who read", word + " and more words")) {
            free.add(create(KindPath.COURSE, Map.of("title", title, "cost", "free")));
        }
        create(KindPath.COURSE, Map.of("title", word + " paid", "cost", "paid"));

        io.restassured.path.json.JsonPath first = freeCourses(4, 1)
                .body("facets.cost.free", equalTo(4))
                .body("facets.cost.paid", equalTo(1))
                .extract()
                .jsonPath();
        List<String> whole = first.getList("items.entry.id", String.class);
        List<Float> scores = first.getList("items.score", Float.class);
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(freeCourses(2, page).extract().jsonPath().getList("items.entry.id", String.class));
        }

        assertThat(whole, containsInAnyOrder(free.toArray()));
        assertEquals(whole, paged);
        assertEquals(scores.stream().sorted(Comparator.reverseOrder()).toList(), scores);
        // The title that is the query itself comes first.
        assertEquals(free.get(0), whole.get(0));
    }

    /** A page of the search for this test's word among free entries; every page counts all four. */
    private io.restassured.response.ValidatableResponse freeCourses(int size, int page) {
        return api().queryParam("q", word)
                .queryParam("cost", "free")
                .queryParam("size", size)
                .queryParam("page", page)
                .get(SEARCH)
                .then()
                .body("page.totalItems", equalTo(4));
    }

    @Test
    void sortsByNewest() {
        String older = create(KindPath.COURSE, Map.of("title", word + " older"));
        String newer = create(KindPath.COURSE, Map.of("title", word + " newer"));

        api().queryParam("q", word)
                .queryParam("sort", "newest")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(newer, older));
        api().queryParam("q", word)
                .queryParam("sort", "title")
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(newer, older));
    }

    @Test
    void sortsByTheFieldsListsSortBy() {
        String older = create(KindPath.COURSE, Map.of("title", word + " older"));
        String newer = create(KindPath.COURSE, Map.of("title", word + " newer"));

        for (String sort : List.of("-createdAt", "-updatedAt", "title")) {
            api().queryParam("q", word)
                    .queryParam("sort", sort)
                    .get(SEARCH)
                    .then()
                    .body("items.entry.id", contains(newer, older));
        }
        for (String sort : List.of("createdAt", "updatedAt", "-title")) {
            api().queryParam("q", word)
                    .queryParam("sort", sort)
                    .get(SEARCH)
                    .then()
                    .body("items.entry.id", contains(older, newer));
        }
    }

    @Test
    void ranksTheEntryTheQueryNamesFirstOnAPageOfOne() {
        // More occurrences in more fields give this entry the higher term rank; the other's title is
        // exactly the query, and closeness to the title lifts it above. A page of one must still
        // show the closest title, though it is not among the entries with the highest term rank.
        String repeating = create(
                KindPath.READING,
                Map.of(
                        "title", word + " and " + word + " in practice: a handbook",
                        "summary", "Everything about " + word + ": " + word + " explained and " + word + " applied.",
                        "tags", List.of(word)));
        String named = create(KindPath.READING, Map.of("title", word));

        api().queryParam("q", word)
                .queryParam("size", 1)
                .get(SEARCH)
                .then()
                .statusCode(200)
                .body("items.entry.id", contains(named))
                .body("page.totalItems", equalTo(2));
        api().queryParam("q", word)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get(SEARCH)
                .then()
                .body("items.entry.id", contains(repeating));
    }

    @Test
    void suggestsTitlesByPrefixAndByWordPrefix() {
        String id = create(KindPath.COURSE, Map.of("title", "Intro to " + word + " systems"));

        api().queryParam("q", "Intro to " + word.substring(0, 5))
                .get("/api/v1/suggest")
                .then()
                .statusCode(200)
                .body("suggestions.id", hasItem(id));
        api().queryParam("q", word.substring(0, 5))
                .get("/api/v1/suggest")
                .then()
                .body("suggestions.id", contains(id))
                .body("suggestions[0].kind", equalTo("course"));
        api().queryParam("q", "deep")
                .get("/api/v1/suggest")
                .then()
                .body("suggestions", hasSize(10))
                .body("suggestions[0].title", startsWith("Deep"));
    }

    @Test
    void suggestsTitlesStartingWithThePrefixBeforeTitlesWithAWordStartingWithIt() {
        String longerStart = create(KindPath.COURSE, Map.of("title", word + " for complete beginners"));
        String start = create(KindPath.READING, Map.of("title", word + " notes"));
        String longerWord = create(KindPath.COURSE, Map.of("title", "A practical guide to " + word + " in production"));
        String shortWord = create(KindPath.COMMUNITY, Map.of("title", "On " + word));

        api().queryParam("q", word.substring(0, word.length() - 1))
                .get("/api/v1/suggest")
                .then()
                .statusCode(200)
                .body("suggestions.id", contains(start, longerStart, shortWord, longerWord));
        api().queryParam("q", "a practical guide to " + word.substring(0, word.length() - 1))
                .get("/api/v1/suggest")
                .then()
                .body("suggestions.id", contains(longerWord));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unbalanced quote",
                "-",
                "or or or",
                "!!! & | :*",
                "'; DROP TABLE entry; --",
                "a & b | !c:*",
                "(((",
                "<script>alert(1)</script>",
                "\\",
                "o'reilly's \\'deep\\' learning",
                "the of and"
            })
    void answersOddQueriesWithoutFailing(String query) {
        api().queryParam("q", query).get(SEARCH).then().statusCode(200);
        api().queryParam("q", query).get("/api/v1/courses").then().statusCode(200);
        api().queryParam("q", query).get("/api/v1/suggest").then().statusCode(200);
    }

    @Test
    void escapesMarkupInHighlights() {
        create(KindPath.READING, Map.of("title", "<b>" + word + "</b> & more"));

        api().queryParam("q", word)
                .get(SEARCH)
                .then()
                .body("items[0].highlight.title", allOf(containsString("&lt;b&gt;"), not(containsString("<b>"))));
    }

    @Test
    void refusesRelevanceWithoutWordsToRankBy() {
        isProblem(
                        invalidRequest()
                                .queryParam("q", " ")
                                .queryParam("sort", "relevance")
                                .get(SEARCH)
                                .then(),
                        400)
                .body("detail", containsString("only be relevance when q is given"));
    }

    @Test
    void treatsABlankQueryAsBrowsing() {
        api().queryParam("q", "  ").get(SEARCH).then().statusCode(200).body("query", nullValue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sort=popularity",
                "sort=relevance",
                "level=expert",
                "kind=lecture",
                "status=finished",
                "stage=mastery",
                "format=live",
                "page=0",
                "size=500",
                "q=a&q=b"
            })
    void rejectsBadSearchParametersWith400(String query) {
        invalidRequest().get(SEARCH + "?" + query).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsAnOverLongQuery() {
        invalidRequest()
                .queryParam("q", "x".repeat(201))
                .get(SEARCH)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
        invalidRequest()
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/courses")
                .then()
                .statusCode(400);
    }

    @Test
    void rejectsAMissingOrOverLongPrefix() {
        invalidRequest().get("/api/v1/suggest").then().statusCode(400).body("violations.field", hasItem("q"));
        invalidRequest()
                .queryParam("q", "x".repeat(101))
                .get("/api/v1/suggest")
                .then()
                .statusCode(400);
        invalidRequest()
                .queryParam("q", "deep")
                .queryParam("size", "5")
                .get("/api/v1/suggest")
                .then()
                .statusCode(400);
        api().queryParam("q", "!!!")
                .get("/api/v1/suggest")
                .then()
                .statusCode(200)
                .body("suggestions", empty());
    }
}
