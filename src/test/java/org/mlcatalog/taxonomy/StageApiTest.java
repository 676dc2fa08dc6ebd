package org.mlcatalog.taxonomy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;

/** The seven guide stages are fixed and ordered; the API only reads them. */
@QuarkusTest
class StageApiTest extends ApiTest {

    private static final String STAGES = "/api/v1/stages";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void listsTheSevenStagesInGuideOrder() {
        Response response = api().get(STAGES);
        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(
                        "items.slug",
                        contains(
                                "foundations",
                                "theory",
                                "practice",
                                "specialization",
                                "continuous-learning",
                                "networking",
                                "job-market"))
                .body("items.position", contains(1, 2, 3, 4, 5, 6, 7))
                .body(
                        "items.name",
                        contains(
                                "Foundations",
                                "Theory",
                                "Practice",
                                "Specialization",
                                "Continuous learning",
                                "Networking",
                                "Job market"))
                .body("items.description", everyItem(not(Matchers.emptyOrNullString())))
                .body("page.number", equalTo(1))
                .body("page.totalItems", equalTo(7))
                .body("page.totalPages", equalTo(1));
        assertTrue(response.headers().getValues("Link").stream().anyMatch(link -> link.contains("rel=\"first\"")));
    }

    @Test
    void pagesTheStages() {
        api().queryParam("size", 3)
                .queryParam("page", 3)
                .get(STAGES)
                .then()
                .statusCode(200)
                .body("items.slug", contains("job-market"))
                .body("page.totalPages", equalTo(3));
    }

    @Test
    void readsOneStage() {
        api().get(STAGES + "/continuous-learning")
                .then()
                .statusCode(200)
                .body("slug", equalTo("continuous-learning"))
                .body("position", equalTo(5))
                .body("name", equalTo("Continuous learning"))
                .body("description", containsString("papers"));
    }

    @Test
    void answersANotFoundProblemForAnUnknownStageNamingTheStages() {
        isProblem(api().get(STAGES + "/mastery").then(), 404)
                .body("detail", containsString("'mastery'"))
                .body("detail", containsString("job-market"))
                .body("instance", equalTo(STAGES + "/mastery"));
    }

    @Test
    void rejectsAnUnknownQueryParameterWith400() {
        isProblem(invalidRequest().queryParam("sort", "name").get(STAGES).then(), 400)
                .body("detail", containsString("sort"));
    }

    @Test
    void refusesToCreateAStageWith405AndNamesTheAllowedMethods() {
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(Map.of("slug", "mastery", "name", "Mastery"))
                                .post(STAGES)
                                .then(),
                        405)
                .header("Allow", containsString("GET"))
                .header("Allow", not(containsString("POST")))
                .body("detail", containsString("GET"));
        api().get(STAGES).then().body("page.totalItems", equalTo(7));
    }

    @Test
    void refusesToDeleteAStageWith405AndNamesTheAllowedMethods() {
        isProblem(invalidRequest().delete(STAGES).then(), 405).header("Allow", containsString("GET"));
        isProblem(invalidRequest().delete(STAGES + "/foundations").then(), 405)
                .header("Allow", containsString("GET"))
                .header("Allow", not(containsString("DELETE")));
        api().get(STAGES + "/foundations").then().statusCode(200);
    }
}
