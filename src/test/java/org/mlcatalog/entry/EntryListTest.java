package org.mlcatalog.entry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Filters, sorting and paging of the collections; each test lists only the entries it tagged. */
@QuarkusTest
class EntryListTest extends ApiTest {

    private final List<String> created = new ArrayList<>();
    private final String tag = "list-" + unique();

    @AfterEach
    void deleteCreated() {
        created.forEach(path -> api().delete(path).then().statusCode(204));
    }

    private String create(KindPath kind, Map<String, Object> changes) {
        Map<String, Object> body = Samples.body(kind, tag + "-" + unique());
        body.put("tags", List.of(tag));
        body.putAll(changes);
        String id =
                json(body).post(kind.path()).then().statusCode(201).extract().path("id");
        created.add(kind.path() + "/" + id);
        return id;
    }

    private String course(String title, String level, String format, Integer hours) {
        Map<String, Object> changes = new java.util.HashMap<>(
                Map.of("title", title, "level", level, "format", format, "certificate", level.equals("advanced")));
        changes.put("durationHours", hours);
        return create(KindPath.COURSE, changes);
    }

    @Test
    void combinesRepeatedValuesWithOrAndDifferentFiltersWithAnd() {
        String alpha = course("Alpha", "beginner", "live", 10);
        String beta = course("Beta", "intermediate", "live", 20);
        String gamma = course("Gamma", "advanced", "self-paced", 30);

        api().queryParam("tag", tag)
                .queryParam("level", "beginner", "advanced")
                .get(KindPath.COURSE.path())
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(alpha, gamma));
        api().queryParam("tag", tag)
                .queryParam("level", "beginner", "intermediate")
                .queryParam("format", "live")
                .queryParam("certificate", "false")
                .get(KindPath.COURSE.path())
                .then()
                .body("items.id", contains(alpha, beta));
        api().queryParam("tag", tag)
                .queryParam("format", "self-paced")
                .queryParam("level", "beginner")
                .get(KindPath.COURSE.path())
                .then()
                .body("items", empty())
                .body("page.totalItems", equalTo(0))
                .body("page.totalPages", equalTo(0));
    }

    @Test
    void filtersByStageSpecializationAndLanguage() {
        String theory = create(
                KindPath.READING,
                Map.of(
                        "stages",
                        List.of("theory"),
                        "specializations",
                        List.of("robotics"),
                        "languages",
                        List.of("fr")));
        String both = create(
                KindPath.READING,
                Map.of(
                        "stages",
                        List.of("theory", "job-market"),
                        "specializations",
                        List.of("nlp", "speech"),
                        "languages",
                        List.of("en", "es")));

        api().queryParam("tag", tag)
                .queryParam("stage", "job-market")
                .get("/api/v1/readings")
                .then()
                .body("items.id", contains(both));
        api().queryParam("tag", tag)
                .queryParam("specialization", "robotics", "speech")
                .get("/api/v1/readings")
                .then()
                .body("items.id", containsInAnyOrder(theory, both));
        api().queryParam("tag", tag)
                .queryParam("language", "fr")
                .get("/api/v1/readings")
                .then()
                .body("items.id", contains(theory));
    }

    @Test
    void sortsByTitleAndByTheKindsOwnFieldsEitherWay() {
        String alpha = course("Alpha", "beginner", "live", 30);
        String beta = course("Beta", "beginner", "live", null);
        String gamma = course("Gamma", "beginner", "live", 10);
        String path = KindPath.COURSE.path();

        api().queryParam("tag", tag).get(path).then().body("items.id", contains(alpha, beta, gamma));
        api().queryParam("tag", tag)
                .queryParam("sort", "-title")
                .get(path)
                .then()
                .body("items.id", contains(gamma, beta, alpha));
        api().queryParam("tag", tag)
                .queryParam("sort", "durationHours")
                .get(path)
                .then()
                .body("items.id", contains(gamma, alpha, beta));
        api().queryParam("tag", tag)
                .queryParam("sort", "-durationHours,title")
                .get(path)
                .then()
                .body("items.id", contains(alpha, gamma, beta));
    }

    @Test
    void pagesWithTotalsAndLinks() {
        for (String title : List.of("A", "B", "C", "D", "E")) {
            course(title, "beginner", "live", 1);
        }
        String path = KindPath.COURSE.path();

        api().queryParam("tag", tag)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.title", contains("C", "D"))
                .body("page.number", equalTo(2))
                .body("page.size", equalTo(2))
                .body("page.totalItems", equalTo(5))
                .body("page.totalPages", equalTo(3))
                .header(
                        "Link",
                        allOf(
                                containsString("page=1>; rel=\"first\""),
                                containsString("page=1>; rel=\"prev\""),
                                containsString("page=3>; rel=\"next\""),
                                containsString("page=3>; rel=\"last\""),
                                containsString("tag=" + tag)));
        api().queryParam("tag", tag)
                .queryParam("size", 2)
                .queryParam("page", 3)
                .get(path)
                .then()
                .body("items.title", contains("E"))
                .body("page.totalItems", equalTo(5))
                .body("page.totalPages", equalTo(3))
                .header("Link", not(containsString("rel=\"next\"")));
        api().queryParam("tag", tag)
                .queryParam("size", 10)
                .get(path)
                .then()
                .body("items", hasSize(5))
                .body("page.totalItems", equalTo(5))
                .body("page.totalPages", equalTo(1));
        api().queryParam("tag", tag)
                .queryParam("size", 2)
                .queryParam("page", 9)
                .get(path)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(5));
    }

    @Test
    void listsEveryKindTogetherAndFiltersByKind() {
        String course = create(KindPath.COURSE, Map.of("title", "A course"));
        String event = create(KindPath.EVENT, Map.of("title", "An event"));
        String program = create(KindPath.PROGRAM, Map.of("title", "A program"));

        api().queryParam("tag", tag)
                .get("/api/v1/entries")
                .then()
                .statusCode(200)
                .body("items.id", contains(course, program, event))
                .body("items.kind", contains("course", "program", "event"))
                .body("items[2].recurrence", equalTo("annual"));
        api().queryParam("tag", tag)
                .queryParam("kind", "event", "program")
                .get("/api/v1/entries")
                .then()
                .body("items.id", contains(program, event));
    }

    @Test
    void derivesTheStatusOfCompetitionsFromTheirDates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String closed = competition(today.minusDays(30), today.minusDays(2));
        String open = competition(today.minusDays(1), today.plusDays(10));
        String upcoming = competition(today.plusDays(5), today.plusDays(40));
        String ongoing = competition(null, null);
        String path = KindPath.COMPETITION.path();

        api().get(path + "/" + closed).then().body("status", equalTo("closed"));
        api().get(path + "/" + open).then().body("status", equalTo("open"));
        api().get(path + "/" + upcoming).then().body("status", equalTo("upcoming"));
        api().get(path + "/" + ongoing).then().body("status", equalTo("ongoing"));
        api().queryParam("tag", tag)
                .queryParam("status", "open", "ongoing")
                .get(path)
                .then()
                .body("items.id", containsInAnyOrder(open, ongoing));
        api().queryParam("tag", tag)
                .queryParam("sort", "-endDate")
                .queryParam("status", "closed", "open", "upcoming")
                .get(path)
                .then()
                .body("items.id", contains(upcoming, open, closed));
    }

    private String competition(LocalDate start, LocalDate end) {
        Map<String, Object> dates = new java.util.HashMap<>();
        dates.put("startDate", start == null ? null : start.toString());
        dates.put("endDate", end == null ? null : end.toString());
        return create(KindPath.COMPETITION, dates);
    }

    static Stream<Arguments> kindFilters() {
        return Stream.of(
                Arguments.of(KindPath.COMPETITION, "platform", "kaggle", "drivendata"),
                Arguments.of(KindPath.ORGANIZATION, "type", "non-profit", "company"),
                Arguments.of(KindPath.ORGANIZATION, "membership", "free", "paid"),
                Arguments.of(KindPath.ORGANIZATION, "region", "europe", "asia"),
                Arguments.of(KindPath.COMMUNITY, "platform", "discord", "slack"),
                Arguments.of(KindPath.COMMUNITY, "online", "true", "false"),
                Arguments.of(KindPath.EVENT, "type", "conference", "meetup"),
                Arguments.of(KindPath.EVENT, "online", "false", "true"),
                Arguments.of(KindPath.EVENT, "recurrence", "annual", "monthly"),
                Arguments.of(KindPath.READING, "format", "book", "paper"),
                Arguments.of(KindPath.READING, "freeOnline", "true", "false"),
                Arguments.of(KindPath.PROGRAM, "type", "internship", "fellowship"),
                Arguments.of(KindPath.PROGRAM, "paid", "true", "false"),
                Arguments.of(KindPath.COURSE, "format", "self-paced", "live"),
                Arguments.of(KindPath.COURSE, "certificate", "true", "false"));
    }

    @ParameterizedTest
    @MethodSource("kindFilters")
    void filtersByTheKindsOwnFields(KindPath kind, String filter, String matching, String other) {
        String id = create(kind, Map.of());

        api().queryParam("tag", tag)
                .queryParam(filter, matching)
                .get(kind.path())
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        api().queryParam("tag", tag)
                .queryParam(filter, other)
                .get(kind.path())
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
