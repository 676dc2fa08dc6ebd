package org.mlcatalog.taxonomy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Curators keep the specializations: create, read, replace, patch and delete, with the rules that keep the tree sound. */
@QuarkusTest
class SpecializationApiTest extends ApiTest {

    private static final String SPECIALIZATIONS = "/api/v1/specializations";
    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final List<String> SEEDED = List.of(
            "computer-vision",
            "data-engineering",
            "deep-learning",
            "generative-ai",
            "ml-foundations",
            "mlops",
            "nlp",
            "recommender-systems",
            "reinforcement-learning",
            "responsible-ai",
            "robotics",
            "speech",
            "time-series");

    /** Creates a specialization with an explicit slug and returns the slug. */
    private static String create(String prefix) {
        String slug = prefix + "-" + unique();
        json(Samples.specialization(slug, "Test " + slug))
                .post(SPECIALIZATIONS)
                .then()
                .statusCode(201);
        return slug;
    }

    private static String createChildOf(String parent) {
        Map<String, Object> body = Samples.specialization("child-" + unique(), "Child of " + parent);
        body.put("parent", parent);
        json(body).post(SPECIALIZATIONS).then().statusCode(201).body("parent", equalTo(parent));
        return (String) body.get("slug");
    }

    private static void delete(String slug) {
        api().delete(SPECIALIZATIONS + "/" + slug).then().statusCode(204);
    }

    private static ValidatableResponse patch(String slug, Object patch) {
        return api().contentType(MERGE_PATCH)
                .body(patch)
                .patch(SPECIALIZATIONS + "/" + slug)
                .then();
    }

    @Test
    void listsTheSeededSpecializationsBySlugInAPage() {
        api().get(SPECIALIZATIONS)
                .then()
                .statusCode(200)
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(20));

        // Other tests may add specializations meanwhile; one page of 100 still holds every seeded one.
        Response response = api().queryParam("size", 100).get(SPECIALIZATIONS);
        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.slug", hasItems(SEEDED.toArray(String[]::new)))
                .body("items.find { it.slug == 'nlp' }.name", equalTo("Natural language processing"))
                .body("items.find { it.slug == 'deep-learning' }.description", not(equalTo("")))
                .body("page.number", equalTo(1))
                .body("page.size", equalTo(100))
                .body("page.totalItems", greaterThanOrEqualTo(SEEDED.size()))
                .body("page.totalPages", greaterThanOrEqualTo(1));

        List<String> slugs = response.path("items.slug");
        assertEquals(slugs.stream().sorted().toList(), slugs, "specializations are listed by slug");
        assertTrue(links(response).contains("rel=\"first\""), "Link header names the first page");
        assertTrue(links(response).contains("rel=\"last\""), "Link header names the last page");
    }

    @Test
    void pagesTheListWithFirstPrevNextAndLastLinks() {
        Response response = api().queryParam("size", 5).queryParam("page", 2).get(SPECIALIZATIONS);
        response.then()
                .statusCode(200)
                .body("items.size()", equalTo(5))
                .body("page.number", equalTo(2))
                .body("page.size", equalTo(5))
                .body("page.totalPages", greaterThanOrEqualTo(3));

        String links = links(response);
        for (String relation : List.of("first", "prev", "next", "last")) {
            assertTrue(links.contains("rel=\"" + relation + "\""), "Link header lacks " + relation + ": " + links);
        }
        assertTrue(links.contains("page=1"), links);
        assertTrue(links.contains("page=3"), links);
        assertTrue(links.contains("size=5"), "links keep the page size: " + links);
    }

    @Test
    void rejectsAPageSizeAboveTheLimitWith400() {
        isProblem(invalidRequest().queryParam("size", 101).get(SPECIALIZATIONS).then(), 400)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void readsOneSpecialization() {
        api().get(SPECIALIZATIONS + "/computer-vision")
                .then()
                .statusCode(200)
                .body("slug", equalTo("computer-vision"))
                .body("name", equalTo("Computer vision"))
                .body("description", containsString("images and video"))
                .body("parent", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void answersANotFoundProblemForAnUnknownSpecialization() {
        String slug = "no-such-" + unique();
        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404)
                .body("detail", containsString(slug))
                .body("instance", equalTo(SPECIALIZATIONS + "/" + slug));
    }

    @Test
    void createsASpecializationWithASlugDerivedFromTheName() {
        String suffix = unique();
        String expected = "graph-learning-" + suffix;

        json(Samples.specialization(null, "Graph Learning " + suffix))
                .post(SPECIALIZATIONS)
                .then()
                .statusCode(201)
                .header("Location", endsWith(SPECIALIZATIONS + "/" + expected))
                .body("slug", equalTo(expected))
                .body("name", equalTo("Graph Learning " + suffix))
                .body("parent", nullValue())
                .body("createdAt", notNullValue());

        api().get(SPECIALIZATIONS + "/" + expected).then().statusCode(200).body("slug", equalTo(expected));
        delete(expected);
    }

    @Test
    void derivesAFreeSlugWhenTheNameIsTaken() {
        String name = "Graph Learning " + unique();
        String first = json(Samples.specialization(null, name))
                .post(SPECIALIZATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("slug");

        json(Samples.specialization(null, name))
                .post(SPECIALIZATIONS)
                .then()
                .statusCode(201)
                .body("slug", equalTo(first + "-2"));
        delete(first + "-2");
        delete(first);
    }

    @Test
    void createsASpecializationWithAnExplicitSlugAndReturnsLocation() {
        String slug = "explicit-" + unique();
        Map<String, Object> created = json(Samples.specialization(slug, "Some other name"))
                .post(SPECIALIZATIONS)
                .then()
                .statusCode(201)
                .header("Location", endsWith(SPECIALIZATIONS + "/" + slug))
                .body("slug", equalTo(slug))
                .body("name", equalTo("Some other name"))
                .extract()
                .as(Map.class);
        assertEquals(created.get("createdAt"), created.get("updatedAt"));

        api().queryParam("size", 100)
                .get(SPECIALIZATIONS)
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(slug));
        delete(slug);
    }

    @Test
    void refusesAnExistingSlugWith409() {
        isProblem(
                        json(Samples.specialization("nlp", "Another NLP"))
                                .post(SPECIALIZATIONS)
                                .then(),
                        409)
                .body("detail", containsString("'nlp'"));
        api().get(SPECIALIZATIONS + "/nlp").then().statusCode(200).body("name", equalTo("Natural language processing"));
    }

    @Test
    void replacesNameDescriptionAndParent() {
        String parent = create("parent");
        String slug = create("replaced");
        String createdAt =
                api().get(SPECIALIZATIONS + "/" + slug).then().extract().path("createdAt");

        Map<String, Object> replacement = Samples.specialization(null, "Replaced name");
        replacement.put("description", "Replaced description.");
        replacement.put("parent", parent);
        json(replacement)
                .put(SPECIALIZATIONS + "/" + slug)
                .then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("name", equalTo("Replaced name"))
                .body("description", equalTo("Replaced description."))
                .body("parent", equalTo(parent))
                .body("createdAt", equalTo(createdAt));
        api().get(SPECIALIZATIONS + "/" + slug).then().body("parent", equalTo(parent));

        // A replace without a parent removes it: PUT sends the whole specialization.
        Map<String, Object> withoutParent = Samples.specialization(slug, "Replaced again");
        json(withoutParent)
                .put(SPECIALIZATIONS + "/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Replaced again"))
                .body("parent", nullValue());

        delete(slug);
        delete(parent);
    }

    @Test
    void refusesAReplaceThatChangesTheSlugWith400() {
        String slug = create("keeps-slug");
        isProblem(
                        json(Samples.specialization("other-" + unique(), "Renamed"))
                                .put(SPECIALIZATIONS + "/" + slug)
                                .then(),
                        400)
                .body("violations.field", contains("slug"));
        api().get(SPECIALIZATIONS + "/" + slug).then().statusCode(200).body("name", equalTo("Test " + slug));
        delete(slug);
    }

    @Test
    void answersANotFoundProblemWhenReplacingAnUnknownSpecialization() {
        String slug = "no-such-" + unique();
        isProblem(
                        json(Samples.specialization(null, "Nothing"))
                                .put(SPECIALIZATIONS + "/" + slug)
                                .then(),
                        404)
                .body("detail", containsString(slug));
    }

    @Test
    void patchesOnlyTheFieldsGivenAndClearsTheParentWithNull() {
        String parent = create("patch-parent");
        String slug = create("patched");

        patch(slug, Map.of("description", "Patched description."))
                .statusCode(200)
                .body("description", equalTo("Patched description."))
                .body("name", equalTo("Test " + slug))
                .body("parent", nullValue());

        patch(slug, Map.of("parent", parent)).statusCode(200).body("parent", equalTo(parent));
        api().get(SPECIALIZATIONS + "/" + slug).then().body("parent", equalTo(parent));

        Map<String, Object> clearParent = new HashMap<>();
        clearParent.put("parent", null);
        patch(slug, clearParent)
                .statusCode(200)
                .body("parent", nullValue())
                .body("description", equalTo("Patched description."));
        api().get(SPECIALIZATIONS + "/" + slug).then().body("parent", nullValue());

        delete(slug);
        delete(parent);
    }

    @Test
    void refusesAPatchSentAsPlainJsonWith415() {
        String slug = create("plain-json");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", "Plain"))
                                .patch(SPECIALIZATIONS + "/" + slug)
                                .then(),
                        415)
                .body("detail", containsString(MERGE_PATCH));
        delete(slug);
    }

    @Test
    void refusesAParentThatDoesNotExistWith400() {
        String slug = "orphan-" + unique();
        String missing = "no-such-" + unique();
        Map<String, Object> body = Samples.specialization(slug, "Orphan");
        body.put("parent", missing);

        isProblem(json(body).post(SPECIALIZATIONS).then(), 400)
                .body("violations.field", contains("parent"))
                .body("violations[0].message", containsString(missing));
        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404);
    }

    @Test
    void refusesAPatchThatWouldMakeAParentCycleWith400() {
        String b = create("cycle-b");
        String a = createChildOf(b);

        isProblem(patch(b, Map.of("parent", a)), 400)
                .body("violations.field", contains("parent"))
                .body("violations[0].message", containsString("ancestor"));
        isProblem(patch(b, Map.of("parent", b)), 400).body("violations.field", contains("parent"));
        api().get(SPECIALIZATIONS + "/" + b).then().statusCode(200).body("parent", nullValue());

        delete(a);
        delete(b);
    }

    @Test
    void refusesReadOnlyTimestampsInABodyWith400() {
        String slug = "read-only-" + unique();
        Map<String, Object> body = Samples.specialization(slug, "Read only");
        body.put("createdAt", "2026-11-24T18:00:00Z");
        body.put("updatedAt", "2026-11-24T18:00:00Z");

        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post(SPECIALIZATIONS)
                                .then(),
                        400)
                .body("violations.field", contains("createdAt", "updatedAt"))
                .body("violations[0].message", containsString("read-only"));
        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404);

        String existing = create("read-only-patch");
        isProblem(
                        invalidRequest()
                                .contentType(MERGE_PATCH)
                                .body(Map.of("updatedAt", "2026-11-24T18:00:00Z"))
                                .patch(SPECIALIZATIONS + "/" + existing)
                                .then(),
                        400)
                .body("violations.field", contains("updatedAt"));
        delete(existing);
    }

    @Test
    void refusesAnUnknownFieldWith400() {
        String slug = "unknown-field-" + unique();
        Map<String, Object> body = Samples.specialization(slug, "Unknown field");
        body.put("colour", "blue");

        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post(SPECIALIZATIONS)
                                .then(),
                        400)
                .body("violations.field", contains("colour"));
        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404);
    }

    @Test
    void refusesAMissingNameWith400NamingTheField() {
        String slug = "nameless-" + unique();
        Map<String, Object> body = Samples.specialization(slug, "ignored");
        body.remove("name");

        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post(SPECIALIZATIONS)
                                .then(),
                        400)
                .body("violations.field", contains("name"))
                .body("detail", containsString("name"));
        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404);
    }

    @Test
    void deletesASpecializationThenAnswersNotFound() {
        String slug = create("deleted");

        api().delete(SPECIALIZATIONS + "/" + slug).then().statusCode(204);

        isProblem(api().get(SPECIALIZATIONS + "/" + slug).then(), 404);
        isProblem(api().delete(SPECIALIZATIONS + "/" + slug).then(), 404).body("detail", containsString(slug));
    }

    @Test
    void refusesToDeleteASpecializationThatAnEntryUsesWith409() {
        String slug = create("in-use");
        String tag = "in-use-" + unique();
        Map<String, Object> course = Samples.body(KindPath.COURSE, tag);
        course.put("specializations", List.of(slug));
        String courseId = json(course)
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .body("specializations", contains(slug))
                .extract()
                .path("id");
        api().queryParam("specialization", slug)
                .get(KindPath.COURSE.path())
                .then()
                .statusCode(200)
                .body("items.id", contains(courseId));

        isProblem(api().delete(SPECIALIZATIONS + "/" + slug).then(), 409).body("detail", containsString(slug));
        api().get(SPECIALIZATIONS + "/" + slug).then().statusCode(200);

        api().delete(KindPath.COURSE.path() + "/" + courseId).then().statusCode(204);
        delete(slug);
    }

    @Test
    void refusesToDeleteAParentWithChildrenWith409() {
        String parent = create("busy-parent");
        String child = createChildOf(parent);

        isProblem(api().delete(SPECIALIZATIONS + "/" + parent).then(), 409).body("detail", containsString(parent));
        api().get(SPECIALIZATIONS + "/" + parent).then().statusCode(200);
        api().get(SPECIALIZATIONS + "/" + child).then().statusCode(200).body("parent", equalTo(parent));

        delete(child);
        delete(parent);
    }

    @Test
    void refusesAnEntryTaggedWithAnUnknownSpecializationNamingTheAllowedValues() {
        String tag = "unknown-spec-" + unique();
        String unknown = "no-such-" + unique();
        Map<String, Object> course = Samples.body(KindPath.COURSE, tag);
        course.put("specializations", List.of("nlp", unknown));

        isProblem(json(course).post(KindPath.COURSE.path()).then(), 400)
                .body("violations.field", contains("specializations[1]"))
                .body("violations[0].message", containsString(unknown))
                .body("violations[0].message", containsString("allowed values"))
                .body("violations[0].message", containsString("computer-vision"));
        api().queryParam("tag", tag)
                .get(KindPath.COURSE.path())
                .then()
                .statusCode(200)
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void refusesAnUnknownSpecializationFilterNamingTheAllowedValues() {
        String unknown = "no-such-" + unique();
        isProblem(
                        api().queryParam("specialization", unknown)
                                .get("/api/v1/entries")
                                .then(),
                        400)
                .body("violations.field", contains("specialization"))
                .body("violations[0].message", containsString(unknown))
                .body("violations[0].message", containsString("nlp"));
    }

    /** Every Link header value, joined: a server may send one header or several. */
    private static String links(Response response) {
        return String.join(", ", response.headers().getValues("Link"));
    }
}
