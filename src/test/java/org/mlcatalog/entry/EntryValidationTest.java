package org.mlcatalog.entry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Bad input of every sort gets a 4xx problem a person can act on, and changes nothing. */
@QuarkusTest
class EntryValidationTest extends ApiTest {

    private static final String COURSES = KindPath.COURSE.path();
    private static final String PROBLEM = "application/problem+json";

    private String tag;
    private String courseId;
    private Map<String, Object> stored;

    @BeforeEach
    void createCourse() {
        tag = "invalid-" + unique();
        stored = json(Samples.body(KindPath.COURSE, tag))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        courseId = (String) stored.get("id");
    }

    @AfterEach
    void deleteCourse() {
        api().delete(COURSES + "/" + courseId).then().statusCode(204);
    }

    private ValidatableResponse post(Object body) {
        return invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .post(COURSES)
                .then();
    }

    private Map<String, Object> courseWith(String field, Object value) {
        Map<String, Object> body = Samples.body(KindPath.COURSE, "new-" + unique());
        body.put(field, value);
        return body;
    }

    private void assertNothingCreated() {
        api().queryParam("tag", tag).get(COURSES).then().statusCode(200).body("page.totalItems", equalTo(1));
        api().get(COURSES + "/" + courseId).then().statusCode(200).body("updatedAt", equalTo(stored.get("updatedAt")));
    }

    @Test
    void rejectsMalformedJsonWith400() {
        isProblem(post("{\"title\": \"unfinished"), 400).body("title", equalTo("Malformed JSON"));
        assertNothingCreated();
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        isProblem(post("[1, 2]"), 400).body("detail", containsString("JSON object"));
        isProblem(invalidRequest().contentType(ContentType.JSON).post(COURSES).then(), 400);
    }

    @Test
    void rejectsABodyOverTheSizeLimitWith413() {
        isProblem(post(courseWith("summary", "s".repeat(2 * 1024 * 1024))), 413)
                .body("detail", containsString("larger"));
        assertNothingCreated();
    }

    @Test
    void rejectsAWrongContentTypeWith415() {
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.TEXT)
                                .body("title=x")
                                .post(COURSES)
                                .then(),
                        415)
                .body("detail", containsString("application/json"));
        isProblem(
                invalidRequest()
                        .contentType(ContentType.JSON)
                        .body(Map.of("level", "advanced"))
                        .patch(COURSES + "/" + courseId)
                        .then(),
                415);
        assertNothingCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "application/json, text/plain", "/json"})
    void rejectsAContentTypeThatIsNoMediaTypeWith415NamingIt(String contentType) {
        byte[] body = "{\"title\": \"Renamed\"}".getBytes(StandardCharsets.UTF_8);
        isProblem(
                        invalidRequest()
                                .contentType(contentType)
                                .body(body)
                                .post(COURSES)
                                .then(),
                        415)
                .body("detail", containsString("'" + contentType))
                .body("detail", containsString("application/x-ndjson for an import"));
        isProblem(
                invalidRequest()
                        .contentType(contentType)
                        .body(body)
                        .put(COURSES + "/" + courseId)
                        .then(),
                415);
        isProblem(
                invalidRequest()
                        .contentType(contentType)
                        .body(body)
                        .patch(COURSES + "/" + courseId)
                        .then(),
                415);
        assertNothingCreated();
    }

    @Test
    void rejectsAnUnacceptableAcceptHeaderWith406() {
        isProblem(invalidRequest().accept("text/csv").get(COURSES).then(), 406);
    }

    @Test
    void rejectsUnknownFieldsNamingThem() {
        isProblem(post(courseWith("difficulty", "hard")), 400)
                .body("violations.field", hasItem("difficulty"))
                .body("violations.message", hasItem("is not a field of course entries"));
        assertNothingCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt", "updatedAt", "kind"})
    void rejectsReadOnlyFields(String field) {
        isProblem(post(courseWith(field, "course")), 400)
                .body("violations.field", hasItem(field))
                .body("violations.message", hasItem(containsString("read-only")));
        assertNothingCreated();
    }

    @Test
    void rejectsTheDerivedStatusOfACompetition() {
        Map<String, Object> body = Samples.body(KindPath.COMPETITION, "status-" + unique());
        body.put("status", "open");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post(KindPath.COMPETITION.path())
                                .then(),
                        400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void rejectsFieldsOfAnotherKindNamingTheirKind() {
        isProblem(post(courseWith("platform", "kaggle")), 400)
                .body(
                        "violations.message",
                        hasItem("belongs to competition and community entries, not to course entries"));
        assertNothingCreated();
    }

    @Test
    void rejectsAnInvalidEnumerationValueListingTheAllowedOnes() {
        isProblem(post(courseWith("level", "expert")), 400)
                .body("violations.field", hasItem("level"))
                .body("detail", containsString("beginner, intermediate, advanced"));
        isProblem(post(courseWith("format", "podcast")), 400).body("detail", containsString("self-paced"));
        assertNothingCreated();
    }

    @Test
    void rejectsUnknownStagesAndSpecializationsListingTheAllowedOnes() {
        isProblem(post(courseWith("stages", List.of("theory", "mastery"))), 400)
                .body("violations.field", hasItem("stages[1]"))
                .body("detail", containsString("foundations, theory, practice"));
        isProblem(post(courseWith("specializations", List.of("alchemy"))), 400)
                .body("violations.field", hasItem("specializations[0]"))
                .body("detail", containsString("computer-vision"));
        assertNothingCreated();
    }

    @Test
    void rejectsMissingRequiredFieldsNamingEach() {
        isProblem(post(Map.of("title", "Only a title")), 400)
                .body(
                        "violations.field",
                        hasItems("summary", "url", "stages", "level", "cost", "languages", "format", "certificate"));
        assertNothingCreated();
    }

    @Test
    void rejectsOverLongStrings() {
        isProblem(post(courseWith("title", "t".repeat(201))), 400).body("violations.field", hasItem("title"));
        isProblem(post(courseWith("summary", "s".repeat(1001))), 400).body("violations.field", hasItem("summary"));
        isProblem(post(courseWith("tags", List.of("t".repeat(51)))), 400).body("violations.field", hasItem("tags[0]"));
        assertNothingCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/course", "not a url", "https://", "ftp://example.org/x", ""})
    void rejectsUrlsThatAreNotAbsoluteHttps(String url) {
        isProblem(post(courseWith("url", url)), 400).body("violations.field", hasItem("url"));
        assertNothingCreated();
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        isProblem(post(courseWith("durationHours", "many")), 400)
                .body("violations.field", hasItem("durationHours"))
                .body("detail", containsString("whole number"));
        isProblem(post(courseWith("certificate", "yes")), 400).body("detail", containsString("true or false"));
        isProblem(post(courseWith("stages", "theory")), 400).body("violations.field", hasItem("stages"));
        isProblem(post(courseWith("durationHours", 1e20)), 400);
        isProblem(post(courseWith("durationHours", 0)), 400).body("violations.field", hasItem("durationHours"));
        isProblem(post(courseWith("languages", List.of("english"))), 400)
                .body("violations.field", hasItem("languages[0]"));
        assertNothingCreated();
    }

    @Test
    void rejectsAnInvalidOrTakenId() {
        isProblem(post(courseWith("id", "Not A Slug")), 400).body("violations.field", hasItem("id"));
        isProblem(post(courseWith("id", courseId)), 409).body("detail", containsString(courseId));
        assertNothingCreated();
    }

    @Test
    void rejectsAUrlAnotherEntryAlreadyHas() {
        isProblem(post(courseWith("url", stored.get("url"))), 409).body("detail", containsString(courseId));
        assertNothingCreated();
    }

    @Test
    void rejectsAReplaceThatWouldChangeTheId() {
        Map<String, Object> body = Samples.body(KindPath.COURSE, tag);
        body.put("id", "another-id");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .put(COURSES + "/" + courseId)
                                .then(),
                        400)
                .body("violations.field", hasItem("id"));
        assertNothingCreated();
    }

    @Test
    void leavesTheEntryUnchangedWhenAReplaceIsInvalid() {
        Map<String, Object> body = Samples.body(KindPath.COURSE, tag);
        body.put("title", "Changed title");
        body.put("level", "expert");
        isProblem(
                invalidRequest()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .put(COURSES + "/" + courseId)
                        .then(),
                400);
        api().get(COURSES + "/" + courseId).then().body("title", equalTo(stored.get("title")));
        assertNothingCreated();
    }

    @Test
    void rejectsAMergePatchThatRemovesARequiredFieldOrIsNotAnObject() {
        isProblem(
                        invalidRequest()
                                .contentType("application/merge-patch+json")
                                .body("{\"title\": null, \"provider\": \"Changed\"}")
                                .patch(COURSES + "/" + courseId)
                                .then(),
                        400)
                .body("violations.field", hasItem("title"));
        isProblem(
                invalidRequest()
                        .contentType("application/merge-patch+json")
                        .body("[\"title\"]")
                        .patch(COURSES + "/" + courseId)
                        .then(),
                400);
        isProblem(
                        invalidRequest()
                                .contentType("application/merge-patch+json")
                                .body("{\"updatedAt\": \"2020-01-01T00:00:00Z\"}")
                                .patch(COURSES + "/" + courseId)
                                .then(),
                        400)
                .body("violations.field", hasItem("updatedAt"));
        api().get(COURSES + "/" + courseId).then().body("provider", equalTo(stored.get("provider")));
        assertNothingCreated();
    }

    @Test
    void rejectsDatesOutOfOrderAndMissingLocations() {
        Map<String, Object> competition = Samples.body(KindPath.COMPETITION, "dates-" + unique());
        competition.put("startDate", "2026-05-01");
        competition.put("endDate", "2026-04-01");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(competition)
                                .post(KindPath.COMPETITION.path())
                                .then(),
                        400)
                .body("violations.field", hasItem("endDate"));

        Map<String, Object> event = Samples.body(KindPath.EVENT, "dates-" + unique());
        event.remove("startDate");
        event.remove("location");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(event)
                                .post(KindPath.EVENT.path())
                                .then(),
                        400)
                .body("violations.field", hasItems("startDate", "location"));

        Map<String, Object> community = Samples.body(KindPath.COMMUNITY, "offline-" + unique());
        community.put("online", false);
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(community)
                                .post(KindPath.COMMUNITY.path())
                                .then(),
                        400)
                .body("violations.field", hasItem("location"));

        isProblem(
                invalidRequest()
                        .contentType(ContentType.JSON)
                        .body(Map.of("startDate", "next spring"))
                        .post(KindPath.EVENT.path())
                        .then(),
                400);
    }

    @Test
    void answers404ForUnknownIdsOnEveryItemOperation() {
        String missing = COURSES + "/no-such-course-" + unique();
        isProblem(invalidRequest().get(missing).then(), 404);
        isProblem(
                invalidRequest()
                        .contentType(ContentType.JSON)
                        .body(Samples.body(KindPath.COURSE, "missing-" + unique()))
                        .put(missing)
                        .then(),
                404);
        isProblem(
                invalidRequest()
                        .contentType("application/merge-patch+json")
                        .body(Map.of("level", "advanced"))
                        .patch(missing)
                        .then(),
                404);
        isProblem(invalidRequest().delete(missing).then(), 404);
        isProblem(invalidRequest().get("/api/v1/entries/no-such-entry").then(), 404);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void answers405WithTheAllowedMethodsForAWrongMethod(KindPath kind) {
        isProblem(invalidRequest().delete(kind.path()).then(), 405).header("Allow", equalTo("GET, POST"));
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post(kind.path() + "/any-id")
                                .then(),
                        405)
                .header("Allow", equalTo("DELETE, GET, PATCH, PUT"));
    }

    @Test
    void answers405OnTheReadOnlyCrossKindEntries() {
        isProblem(invalidRequest().delete("/api/v1/entries/" + courseId).then(), 405)
                .header("Allow", equalTo("GET"));
        assertNothingCreated();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=0",
                "page=abc",
                "size=0",
                "size=101",
                "size=-5",
                "page=1&page=2",
                "sort=popularity",
                "sort=-",
                "sort=title,",
                "sort=title,-title",
                "sort=-createdAt,title,createdAt",
                "level=expert",
                "level=",
                "stage=mastery",
                "specialization=alchemy",
                "language=english",
                "tag=Not%20A%20Tag",
                "certificate=maybe",
                "format=podcast",
                "color=blue",
                "kind=course"
            })
    void rejectsBadListParametersWith400(String query) {
        isProblem(invalidRequest().get(COURSES + "?" + query).then(), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind=lecture", "format=live", "sort=durationHours"})
    void rejectsParametersTheCrossKindListDoesNotHave(String query) {
        isProblem(invalidRequest().get("/api/v1/entries?" + query).then(), 400);
    }
}
