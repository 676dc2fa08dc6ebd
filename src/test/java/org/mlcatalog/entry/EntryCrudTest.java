package org.mlcatalog.entry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

@QuarkusTest
class EntryCrudTest extends ApiTest {

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void createsReadsListsChangesAndDeletesAnEntryOfEveryKind(KindPath kind) {
        String tag = "crud-" + unique();
        Map<String, Object> body = Samples.body(kind, tag);

        String location = json(body)
                .post(kind.path())
                .then()
                .statusCode(201)
                .header("Location", endsWith(kind.path() + "/sample-" + kind.kind + "-" + tag))
                .body("id", equalTo("sample-" + kind.kind + "-" + tag))
                .body("kind", equalTo(kind.kind))
                .body("title", equalTo(body.get("title")))
                .body("createdAt", notNullValue())
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        api().get(kind.path() + "/" + id).then().statusCode(200).body("url", equalTo(body.get("url")));
        api().get("/api/v1/entries/" + id).then().statusCode(200).body("kind", equalTo(kind.kind));
        api().queryParam("tag", tag)
                .get(kind.path())
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("page.totalItems", equalTo(1));

        body.put("title", "Renamed " + tag);
        body.put("stages", List.of("networking", "foundations"));
        body.remove("provider");
        String written = json(body)
                .put(kind.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed " + tag))
                .body("stages", contains("foundations", "networking"))
                .body("provider", nullValue())
                .extract()
                .header("ETag");
        // Reads take stages from the entry's row, which follows the write: the same representation.
        api().get(kind.path() + "/" + id).then().header("ETag", equalTo(written));
        api().get("/api/v1/entries/" + id).then().body("stages", contains("foundations", "networking"));
        api().queryParam("tag", tag)
                .get(kind.path())
                .then()
                .body("items[0].stages", contains("foundations", "networking"))
                .body("items[0].specializations", equalTo(body.get("specializations")));

        String updatedAt = api().contentType("application/merge-patch+json")
                .body(Map.of("level", "advanced", "tags", List.of(tag, "patched")))
                .patch(kind.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("level", equalTo("advanced"))
                .body("tags", contains(tag, "patched"))
                .body("title", equalTo("Renamed " + tag))
                .body("updatedAt", not(equalTo(null)))
                .extract()
                .path("updatedAt");

        api().get(kind.path() + "/" + id).then().body("updatedAt", equalTo(updatedAt));

        api().delete(kind.path() + "/" + id).then().statusCode(204);
        invalidRequest().get(kind.path() + "/" + id).then().statusCode(404).contentType("application/problem+json");
        invalidRequest().delete(kind.path() + "/" + id).then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void createsWithAnExplicitIdAndRefusesItTwice(KindPath kind) {
        String id = "explicit-" + unique();
        Map<String, Object> body = Samples.body(kind, id);
        body.put("id", id);
        json(body).post(kind.path()).then().statusCode(201).body("id", equalTo(id));

        body.put("url", "https://example.org/other/" + id);
        ValidatableResponse conflict = json(body).post(kind.path()).then().statusCode(409);
        conflict.contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(id));
        api().delete(kind.path() + "/" + id).then().statusCode(204);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void derivesAFreeIdWhenTheTitleIsTaken(KindPath kind) {
        String tag = "twin-" + unique();
        Map<String, Object> first = Samples.body(kind, tag);
        Map<String, Object> second = Samples.body(kind, tag);
        second.put("url", "https://example.org/second/" + tag);
        String firstId =
                json(first).post(kind.path()).then().statusCode(201).extract().path("id");
        String secondId =
                json(second).post(kind.path()).then().statusCode(201).extract().path("id");

        org.junit.jupiter.api.Assertions.assertEquals(firstId + "-2", secondId);
        api().delete(kind.path() + "/" + firstId).then().statusCode(204);
        api().delete(kind.path() + "/" + secondId).then().statusCode(204);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void keepsUpdatedAtWhenAReplaceChangesNothing(KindPath kind) {
        String tag = "same-" + unique();
        Map<String, Object> body = Samples.body(kind, tag);
        Map<String, Object> created =
                json(body).post(kind.path()).then().statusCode(201).extract().as(Map.class);

        json(body)
                .put(kind.path() + "/" + created.get("id"))
                .then()
                .statusCode(200)
                .body("updatedAt", equalTo(created.get("updatedAt")));
        api().delete(kind.path() + "/" + created.get("id")).then().statusCode(204);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void answersANotFoundProblemForAnEntryOfAnotherKind(KindPath kind) {
        KindPath other = kind == KindPath.COURSE ? KindPath.READING : KindPath.COURSE;
        String tag = "other-" + unique();
        String id = json(Samples.body(other, tag))
                .post(other.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        invalidRequest()
                .accept(ContentType.JSON)
                .get(kind.path() + "/" + id)
                .then()
                .statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString(other.path() + "/" + id));
        api().delete(other.path() + "/" + id).then().statusCode(204);
    }
}
