package org.mlcatalog.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.ContractFilter;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/**
 * Every write refuses every token but the right one, and changes nothing when it refuses; reads
 * stay open to anyone.
 */
@QuarkusTest
class WriteAccessTest extends ApiTest {

    /** A token a client might send, and what the service must answer to it. */
    record Presented(String name, Supplier<String> token, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Presented> refusedTokens() {
        return List.of(
                new Presented("no token", () -> null, 401),
                new Presented("garbage", Tokens::garbage, 401),
                new Presented("expired", Tokens::expired, 401),
                new Presented("wrong signature", Tokens::wrongSignature, 401),
                new Presented("wrong issuer", Tokens::wrongIssuer, 401),
                new Presented("no catalog role", Tokens::reader, 403));
    }

    enum Write {
        CREATE,
        REPLACE,
        PATCH,
        DELETE
    }

    static Stream<Arguments> entryWrites() {
        List<Arguments> cases = new ArrayList<>();
        for (KindPath kind : KindPath.values()) {
            for (Write write : Write.values()) {
                for (Presented presented : refusedTokens()) {
                    cases.add(Arguments.of(kind, write, presented));
                }
            }
        }
        return cases.stream();
    }

    private static RequestSpecification presenting(String token) {
        RequestSpecification request = given().header(ContractFilter.INVALID_REQUEST, "true");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static ValidatableResponse send(RequestSpecification request, KindPath kind, Write write, String id) {
        String tag = "access-" + unique();
        return switch (write) {
            case CREATE ->
                request.contentType(ContentType.JSON)
                        .body(Samples.body(kind, tag))
                        .post(kind.path())
                        .then();
            case REPLACE ->
                request.contentType(ContentType.JSON)
                        .body(Samples.body(kind, tag))
                        .put(kind.path() + "/" + id)
                        .then();
            case PATCH ->
                request.contentType("application/merge-patch+json")
                        .body(Map.of("level", "advanced"))
                        .patch(kind.path() + "/" + id)
                        .then();
            case DELETE -> request.delete(kind.path() + "/" + id).then();
        };
    }

    @ParameterizedTest(name = "{1} {0} with {2}")
    @MethodSource("entryWrites")
    void refusesEntryWritesWithoutACuratorTokenAndChangesNothing(KindPath kind, Write write, Presented presented) {
        String tag = "kept-" + unique();
        Map<String, Object> stored = json(Samples.body(kind, tag))
                .post(kind.path())
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        String id = (String) stored.get("id");

        ValidatableResponse refused = send(presenting(presented.token().get()), kind, write, id)
                .statusCode(presented.status())
                .contentType("application/problem+json")
                .body("status", equalTo(presented.status()));
        if (presented.status() == 401) {
            refused.header("WWW-Authenticate", startsWith("Bearer"));
        }

        api().get(kind.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("updatedAt", equalTo(stored.get("updatedAt")))
                .body("level", equalTo(stored.get("level")));
        api().queryParam("tag", "access-never").get(kind.path()).then().body("page.totalItems", equalTo(0));
        api().delete(kind.path() + "/" + id).then().statusCode(204);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndWrites")
    void acceptsEntryWritesWithACuratorTokenAndRecordsWhoMadeThem(KindPath kind, Write write) {
        String curator = "Bearer " + Tokens.curator();
        String tag = "curated-" + unique();
        String id = given().header("Authorization", curator)
                .contentType(ContentType.JSON)
                .body(Samples.body(kind, tag))
                .post(kind.path())
                .then()
                .statusCode(201)
                .body("createdBy", equalTo("curator-alice"))
                .body("updatedBy", equalTo("curator-alice"))
                .extract()
                .path("id");
        if (write == Write.CREATE) {
            api().delete(kind.path() + "/" + id).then().statusCode(204);
            return;
        }
        ValidatableResponse answer = send(given().header("Authorization", "Bearer " + Tokens.admin()), kind, write, id);
        if (write == Write.DELETE) {
            answer.statusCode(204);
            return;
        }
        answer.statusCode(200).body("createdBy", equalTo("curator-alice")).body("updatedBy", equalTo("admin-bob"));
        api().delete(kind.path() + "/" + id).then().statusCode(204);
    }

    static Stream<Arguments> kindsAndWrites() {
        return Stream.of(KindPath.values())
                .flatMap(kind -> Stream.of(Write.values()).map(write -> Arguments.of(kind, write)));
    }

    static Stream<Presented> refusedForSpecializations() {
        return Stream.concat(
                refusedTokens().stream(), Stream.of(new Presented("curator, not admin", Tokens::curator, 403)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedForSpecializations")
    void refusesSpecializationWritesWithoutAnAdminTokenAndChangesNothing(Presented presented) {
        String slug = "guarded-" + unique();
        json(Map.of("slug", slug, "name", "Guarded", "description", "Only admins may change this."))
                .post("/api/v1/specializations")
                .then()
                .statusCode(201);
        Map<String, Object> body = Map.of("name", "Changed", "description", "Changed by someone.");

        presenting(presented.token().get())
                .contentType(ContentType.JSON)
                .body(Map.of("slug", "other-" + unique(), "name", "New", "description", "New area."))
                .post("/api/v1/specializations")
                .then()
                .statusCode(presented.status());
        presenting(presented.token().get())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/specializations/" + slug)
                .then()
                .statusCode(presented.status());
        presenting(presented.token().get())
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/api/v1/specializations/" + slug)
                .then()
                .statusCode(presented.status());
        presenting(presented.token().get())
                .delete("/api/v1/specializations/" + slug)
                .then()
                .statusCode(presented.status())
                .contentType("application/problem+json");

        api().get("/api/v1/specializations/" + slug).then().statusCode(200).body("name", equalTo("Guarded"));
        api().delete("/api/v1/specializations/" + slug).then().statusCode(204);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesImportsAndFeaturingWithoutACuratorTokenAndChangesNothing(Presented presented) {
        String id = "guarded-import-" + unique();
        String line = "{\"kind\":\"course\",\"id\":\"" + id + "\",\"title\":\"Guarded import\","
                + "\"summary\":\"An import that must not happen without a curator.\","
                + "\"url\":\"https://example.org/guarded/" + id + "\",\"stages\":[\"theory\"],"
                + "\"level\":\"beginner\",\"cost\":\"free\",\"languages\":[\"en\"],"
                + "\"format\":\"live\",\"certificate\":false}";
        presenting(presented.token().get())
                .contentType("application/x-ndjson")
                .body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(presented.status());
        presenting(presented.token().get())
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of("kaggle-titanic")))
                .put("/api/v1/guide/stages/practice/featured")
                .then()
                .statusCode(presented.status());

        presenting(null).get(KindPath.COURSE.path() + "/" + id).then().statusCode(404);
        api().get("/api/v1/guide")
                .then()
                .statusCode(200)
                .body("stages[2].entries[0].id", org.hamcrest.Matchers.not(equalTo("kaggle-titanic")));
    }

    @Test
    void refusesATokenWhoseSubjectTheCatalogCannotRecordWith401() {
        String id = json(Samples.body(KindPath.COURSE, "subject-" + unique()))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String subject : List.of("curator\u0000mallory", "c".repeat(201))) {
            String tag = "subject-" + unique();
            isProblem(
                            given().header("Authorization", "Bearer " + Tokens.curatorNamed(subject))
                                    .contentType(ContentType.JSON)
                                    .body(Samples.body(KindPath.COURSE, tag))
                                    .post(KindPath.COURSE.path())
                                    .then(),
                            401)
                    .body("detail", containsString("subject"));
            isProblem(
                    given().header("Authorization", "Bearer " + Tokens.curatorNamed(subject))
                            .delete(KindPath.COURSE.path() + "/" + id)
                            .then(),
                    401);
            api().queryParam("tag", tag).get(KindPath.COURSE.path()).then().body("page.totalItems", equalTo(0));
        }
        api().delete(KindPath.COURSE.path() + "/" + id).then().statusCode(204);

        String longest = "c".repeat(200);
        String recorded = given().header("Authorization", "Bearer " + Tokens.curatorNamed(longest))
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.COURSE, "subject-" + unique()))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .body("createdBy", equalTo(longest))
                .extract()
                .path("id");
        api().delete(KindPath.COURSE.path() + "/" + recorded).then().statusCode(204);
    }

    @Test
    void letsAnyoneReadEvenWithABadToken() {
        anonymous().get("/api/v1/courses").then().statusCode(200);
        anonymous().get("/api/v1/search?q=deep").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.expired())
                .get("/api/v1/entries/kaggle-titanic")
                .then()
                .statusCode(200);
    }

    @Test
    void explainsWhatTheMissingTokenIsFor() {
        presenting(null)
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.COURSE, "explain-" + unique()))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(401)
                .body("detail", containsString("curator"));
    }
}
