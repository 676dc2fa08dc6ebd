package org.mlcatalog.entry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Input that would slip past a lenient reader or break the database gets a 400, never a 5xx. */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final String COURSES = KindPath.COURSE.path();
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private String courseId;

    @BeforeEach
    void createCourse() {
        courseId = json(Samples.body(KindPath.COURSE, "hostile-" + unique()))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @AfterEach
    void deleteCourse() {
        api().delete(COURSES + "/" + courseId).then().statusCode(204);
    }

    private static ValidatableResponse post(String body) {
        return invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .post(COURSES)
                .then();
    }

    private String courseJson(String field, String rawValue) {
        return "{\"title\": \"T\", \"summary\": \"A summary long enough to pass.\", \"url\": \"https://example.org/h/"
                + unique() + "\", \"stages\": [\"theory\"], \"level\": \"beginner\", \"cost\": \"free\","
                + " \"languages\": [\"en\"], \"format\": \"live\", \"certificate\": false, \"" + field + "\": "
                + rawValue + "}";
    }

    @Test
    void rejectsANulCharacterAnywhere() {
        post(courseJson("provider", "\"a\\u0000b\"")).statusCode(400).body("violations.field", hasItem("provider"));
        post(courseJson("tags", "[\"ok\", \"a\\u0000b\"]"))
                .statusCode(400)
                .body("violations.field", hasItem("tags[1]"));
        invalidRequest()
                .urlEncodingEnabled(false)
                .get(COURSES + "/a%00b")
                .then()
                .statusCode(400);
        invalidRequest()
                .urlEncodingEnabled(false)
                .get("/api/v1/entries/a%00b")
                .then()
                .statusCode(400);
        invalidRequest()
                .urlEncodingEnabled(false)
                .get(COURSES + "?q=a%00b")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
        invalidRequest()
                .urlEncodingEnabled(false)
                .get("/api/v1/search?q=a%00b")
                .then()
                .statusCode(400);
        invalidRequest()
                .urlEncodingEnabled(false)
                .get("/api/v1/suggest?q=a%00b")
                .then()
                .statusCode(400);
    }

    @Test
    void rejectsHalfASurrogatePair() {
        post(courseJson("provider", "\"a\\ud800\"")).statusCode(400).body("violations.field", hasItem("provider"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5000-01-01", "+999999999-12-31", "+10000-01-01", "1850-06-01"})
    void rejectsDatesOutsideAPlausibleRange(String date) {
        ObjectNode body = new ObjectMapper().valueToTree(Samples.body(KindPath.EVENT, "dates-" + unique()));
        body.remove("endDate");
        body.put("startDate", date);
        invalidRequest()
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post(KindPath.EVENT.path())
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("startDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS://example.org/upper", "https:///no-host", "https://exa mple.org/space"})
    void rejectsUrlsTheDatabaseWouldRefuse(String url) {
        post(courseJson("provider", "\"p\"").replaceFirst("https://example.org/h/[a-z0-9-]+", url))
                .statusCode(400)
                .body("violations.field", hasItem("url"));
    }

    @Test
    void rejectsValuesJacksonWouldOtherwiseCoerce() {
        post(courseJson("durationHours", "1.9")).statusCode(400).body("violations.field", hasItem("durationHours"));
        post(courseJson("durationHours", "\"40\"")).statusCode(400);
        post(courseJson("provider", "5")).statusCode(400).body("violations.field", hasItem("provider"));
        post(courseJson("prerequisites", "[1]")).statusCode(400);
        post(courseJson("certificate", "1")).statusCode(400);
        post(courseJson("provider", "\"p\"").replace("\"level\": \"beginner\"", "\"level\": 2"))
                .statusCode(400)
                .body("violations.field", hasItem("level"));
    }

    @Test
    void rejectsTrailingContentAndRepeatedKeys() {
        post(courseJson("provider", "\"p\"") + " garbage").statusCode(400);
        post(courseJson("provider", "\"p\"") + "{}").statusCode(400);
        post(courseJson("provider", "\"p\"")
                        .replace("\"level\": \"beginner\"", "\"level\": \"beginner\", \"level\": \"advanced\""))
                .statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z",
                "-5000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z",
                "2101-01-01T00:00:00Z"
            })
    void rejectsAnUpdatedSinceOutsideTheCatalogsYears(String since) {
        for (String list : List.of(COURSES, "/api/v1/entries", "/api/v1/search", "/api/v1/export")) {
            isProblem(
                            invalidRequest()
                                    .queryParam("updatedSince", since)
                                    .get(list)
                                    .then(),
                            400)
                    .body("violations.field", hasItem("updatedSince"))
                    .body("detail", containsString("1900-01-01"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T00:00:00Z", "2100-12-31T23:59:59Z"})
    void acceptsAnUpdatedSinceAtTheEdgesOfTheCatalogsYears(String since) {
        api().queryParam("updatedSince", since).get(COURSES).then().statusCode(200);
    }

    @Test
    void rejectsAMergePatchNestedDeeperThan32Levels() {
        // The patch object is the first level; each array adds one.
        isProblem(patchTagsNestedIn(32), 400).body("detail", containsString("32 levels of nesting"));
        isProblem(patchTagsNestedIn(999), 400).body("detail", containsString("32 levels of nesting"));
        isProblem(patchTagsNestedIn(31), 400)
                .body("detail", not(containsString("levels of nesting")))
                .body("violations.field", hasItem(startsWith("tags")));
        api().get(COURSES + "/" + courseId).then().statusCode(200).body("tags", not(empty()));
    }

    private ValidatableResponse patchTagsNestedIn(int arrays) {
        return invalidRequest()
                .contentType(MERGE_PATCH)
                .body("{\"tags\": " + "[".repeat(arrays) + "]".repeat(arrays) + "}")
                .patch(COURSES + "/" + courseId)
                .then();
    }

    @Test
    void rejectsASummaryMadeUpToLengthWithSpaces() {
        isProblem(
                        invalidRequest()
                                .contentType(MERGE_PATCH)
                                .body(("{\"summary\": \"" + "\u2003".repeat(19) + "x\"}")
                                        .getBytes(StandardCharsets.UTF_8))
                                .patch(COURSES + "/" + courseId)
                                .then(),
                        400)
                .body("violations.field", hasItem("summary"));
        post(courseJson("provider", "\"\u2003 \u2003\"")).statusCode(400).body("violations.field", hasItem("provider"));
    }

    @Test
    void rejectsATagFilterLongerThanAnyTag() {
        api().queryParam("tag", "t".repeat(50)).get(COURSES).then().statusCode(200);
        isProblem(
                        invalidRequest()
                                .queryParam("tag", "t".repeat(51))
                                .get(COURSES)
                                .then(),
                        400)
                .body("violations.field", hasItem("tag"))
                .body("detail", containsString("at most 50 characters"));
    }

    @Test
    void rejectsPageNumbersWrittenWithOtherDigits() {
        invalidRequest().queryParam("page", "\u0663").get(COURSES).then().statusCode(400);
        invalidRequest().queryParam("size", "+5").get(COURSES).then().statusCode(400);
    }

    @Test
    void rejectsAMergePatchThatNamesReadOnlyFieldsEvenAsNull() {
        invalidRequest()
                .contentType(MERGE_PATCH)
                .body("{\"kind\": null, \"createdAt\": null}")
                .patch(COURSES + "/" + courseId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("createdAt"))
                .body("violations.field", hasItem("kind"));
        invalidRequest()
                .contentType(MERGE_PATCH)
                .body("{\"slug\": \"x\", \"updatedAt\": null}")
                .patch("/api/v1/specializations/nlp")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("updatedAt"));
        api().get(COURSES + "/" + courseId).then().statusCode(200).body("kind", equalTo("course"));
    }

    @Test
    void searchFindsEntriesUnderARenamedSpecialization() {
        String slug = "renamed-" + unique();
        json(Map.of("slug", slug, "name", "Placeholder area", "description", "An area a test renames."))
                .post("/api/v1/specializations")
                .then()
                .statusCode(201);
        Map<String, Object> body = Samples.body(KindPath.COURSE, "renamed-" + unique());
        body.put("specializations", java.util.List.of(slug));
        String id = json(body).post(COURSES).then().statusCode(201).extract().path("id");
        String word = "zq" + unique().replaceAll("[^a-z]", "q");

        api().contentType(MERGE_PATCH)
                .body(Map.of("name", word + " studies"))
                .patch("/api/v1/specializations/" + slug)
                .then()
                .statusCode(200);
        api().queryParam("q", word).get("/api/v1/search").then().statusCode(200).body("items.entry.id", hasItem(id));

        api().delete(COURSES + "/" + id).then().statusCode(204);
        api().delete("/api/v1/specializations/" + slug).then().statusCode(204);
    }
}
