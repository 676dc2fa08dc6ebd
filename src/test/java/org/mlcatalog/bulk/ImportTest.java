package org.mlcatalog.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/** Import upserts by id, all or nothing, and an export imported again is the same catalog. */
@QuarkusTest
class ImportTest extends ApiTest {

    private static final String IMPORT = "/api/v1/import";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification ndjson(String body) {
        return api().contentType(ExportResource.NDJSON).body(bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String line(KindPath kind, String tag, Map<String, Object> changes) throws Exception {
        Map<String, Object> entry = new java.util.LinkedHashMap<>(Samples.body(kind, tag));
        entry.put("kind", kind.kind);
        entry.put("id", "imported-" + tag);
        entry.putAll(changes);
        return JSON.writeValueAsString(entry);
    }

    @Test
    void reproducesAnExportExactly() {
        String tag = "roundtrip-" + unique();
        for (KindPath kind : List.of(KindPath.COURSE, KindPath.COMPETITION, KindPath.READING)) {
            Map<String, Object> body = Samples.body(kind, tag + "-" + kind.kind);
            body.put("tags", List.of(tag));
            given().header("Authorization", "Bearer " + Tokens.curator())
                    .contentType("application/json")
                    .body(body)
                    .post(kind.path())
                    .then()
                    .statusCode(201);
        }
        String exported = api().get("/api/v1/export?tag=" + tag)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        deleteTagged(tag);

        ndjson(exported)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("lines.result", contains("created", "created", "created"));

        String again = api().get("/api/v1/export?tag=" + tag).then().extract().asString();
        assertEquals(exported, again, "every field, times and authors included");
        ndjson(again).post(IMPORT).then().statusCode(200).body("unchanged", equalTo(3));
        deleteTagged(tag);
    }

    private static void deleteTagged(String tag) {
        for (KindPath kind : List.of(KindPath.COURSE, KindPath.COMPETITION, KindPath.READING)) {
            api().queryParam("tag", tag)
                    .get(kind.path())
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class)
                    .forEach(id -> api().delete(kind.path() + "/" + id).then().statusCode(204));
        }
    }

    @Test
    void createsThenUpdatesByIdAndReportsEachLine() throws Exception {
        String tag = "upsert-" + unique();
        ndjson(line(KindPath.EVENT, tag, Map.of()))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("lines[0].result", equalTo("created"));
        ndjson(line(KindPath.EVENT, tag, Map.of("title", "Renamed " + tag)))
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("lines[0].id", equalTo("imported-" + tag));
        api().get("/api/v1/events/imported-" + tag).then().body("title", equalTo("Renamed " + tag));
        api().delete("/api/v1/events/imported-" + tag).then().statusCode(204);
    }

    @Test
    void writesNothingInADryRun() throws Exception {
        String tag = "dry-" + unique();
        ndjson(line(KindPath.COURSE, tag, Map.of()))
                .queryParam("dryRun", true)
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1));
        invalidRequest().get("/api/v1/courses/imported-" + tag).then().statusCode(404);
    }

    @Test
    void refusesTwoLinesWithOneUrlInADryRunAsInAnImport() throws Exception {
        // Each line is valid alone; the second finds the url taken by the first, written before it.
        String tag = "dry-url-" + unique();
        String url = "https://example.org/courses/" + tag;
        String body = String.join(
                "\n",
                line(KindPath.COURSE, tag + "-a", Map.of("url", url)),
                line(KindPath.COURSE, tag + "-b", Map.of("url", url)));

        for (String dryRun : List.of("true", "false")) {
            isProblem(ndjson(body).queryParam("dryRun", dryRun).post(IMPORT).then(), 400)
                    .body("violations.field", contains("line 2"))
                    .body("violations.message", contains(containsString("already has the url")));
        }
        api().get("/api/v1/courses/imported-" + tag + "-a").then().statusCode(404);
    }

    @Test
    void rejectsEveryLineAtOnceAndImportsNothing() throws Exception {
        String tag = "rejected-" + unique();
        String body = String.join(
                "\n",
                line(KindPath.COURSE, tag + "-good", Map.of()),
                line(KindPath.COURSE, tag + "-bad", Map.of("level", "expert")),
                "{\"kind\": \"lecture\", \"id\": \"x\"}",
                "not json",
                line(KindPath.COURSE, tag + "-good", Map.of()));

        invalidRequest()
                .contentType(ExportResource.NDJSON)
                .body(bytes(body))
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("4 of 5 lines were rejected"))
                .body("violations.field", hasItem("line 2: level"))
                .body("violations.field", hasItem("line 3: kind"))
                .body("violations.field", hasItem("line 4"))
                .body("violations.field", hasItem("line 5: id"));
        invalidRequest().get("/api/v1/courses/imported-" + tag + "-good").then().statusCode(404);
    }

    @Test
    void isForCuratorsOnly() throws Exception {
        given().header(org.mlcatalog.support.ContractFilter.INVALID_REQUEST, "true")
                .header("Authorization", "Bearer " + Tokens.reader())
                .contentType(ExportResource.NDJSON)
                .body(bytes(line(KindPath.COURSE, "reader-" + unique(), Map.of())))
                .post(IMPORT)
                .then()
                .statusCode(403);
        invalidRequest()
                .contentType(ExportResource.NDJSON)
                .body(bytes(" "))
                .post(IMPORT)
                .then()
                .statusCode(400);
        invalidRequest()
                .contentType(ExportResource.NDJSON)
                .body(bytes("{}"))
                .queryParam("dryRun", "maybe")
                .post(IMPORT)
                .then()
                .statusCode(400);
    }

    @Test
    void refusesProvenanceTheCatalogCannotKeepAndImportsNothing() throws Exception {
        String tag = "provenance-" + unique();
        List<Map<String, Object>> refused = List.of(
                Map.of("createdAt", "+300000-01-01T00:00:00Z"),
                Map.of("createdAt", "+10000-01-01T00:00:00Z"),
                Map.of("createdAt", "-9000-01-01T00:00:00Z"),
                Map.of("createdAt", "2026-01-01T00:00:00Z", "updatedAt", "1899-12-31T23:59:59Z"),
                Map.of("createdAt", "2026-01-01T00:00:00Z", "updatedAt", "2025-12-31T00:00:00Z"),
                Map.of("createdAt", "2026-01-01T00:00:00Z", "createdBy", "a\u0000b"),
                Map.of(
                        "createdAt",
                        "2026-01-01T00:00:00Z",
                        "updatedAt",
                        "2026-02-01T00:00:00Z",
                        "updatedBy",
                        "a\u0000b"));
        for (Map<String, Object> provenance : refused) {
            for (String dryRun : List.of("true", "false")) {
                isProblem(
                                ndjson(line(KindPath.COURSE, tag, provenance))
                                        .queryParam("dryRun", dryRun)
                                        .post(IMPORT)
                                        .then(),
                                400)
                        .body("violations.field", hasItem(startsWith("line 1: ")));
            }
        }
        api().get("/api/v1/courses/imported-" + tag).then().statusCode(404);
    }

    @Test
    void refusesALineNestedDeeperThanTheJsonReaderReads() {
        String tag = "deep-" + unique();
        String line = "{\"kind\": \"course\", \"id\": \"imported-" + tag + "\", \"tags\": " + "[".repeat(40)
                + "]".repeat(40) + "}";

        isProblem(ndjson(line).post(IMPORT).then(), 400)
                .body("violations.message", hasItem(containsString("32 levels of nesting")));
        api().get("/api/v1/courses/imported-" + tag).then().statusCode(404);
    }

    @Test
    void keepsTheProvenanceOfANewEntryOnlyWithItsCreationTime() throws Exception {
        String tag = "provenance-" + unique();
        String line =
                line(KindPath.COURSE, tag, Map.of("updatedAt", "2001-01-01T00:00:00Z", "updatedBy", "someone-else"));

        ndjson(line).post(IMPORT).then().statusCode(200).body("created", equalTo(1));
        api().get("/api/v1/courses/imported-" + tag)
                .then()
                .body("updatedBy", equalTo("admin-bob"))
                .body("updatedAt", org.hamcrest.Matchers.not(startsWith("2001")));
        api().delete("/api/v1/courses/imported-" + tag).then().statusCode(204);
    }

    @Test
    void recordsTheImportingCuratorWhenAnExistingEntryChanges() throws Exception {
        String tag = "provenance-" + unique();
        ndjson(line(KindPath.COURSE, tag, Map.of())).post(IMPORT).then().statusCode(200);
        String forged = line(
                KindPath.COURSE,
                tag,
                Map.of("title", "Changed " + tag, "updatedAt", "2000-01-01T00:00:00Z", "updatedBy", "someone-else"));

        ndjson(forged).post(IMPORT).then().statusCode(200).body("updated", equalTo(1));
        api().get("/api/v1/courses/imported-" + tag)
                .then()
                .body("updatedBy", equalTo("admin-bob"))
                .body("updatedAt", org.hamcrest.Matchers.not(startsWith("2000")));
        api().delete("/api/v1/courses/imported-" + tag).then().statusCode(204);
    }
}
