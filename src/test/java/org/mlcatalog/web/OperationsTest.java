package org.mlcatalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;

/** What operators and integrators rely on besides the API: documentation, health, metrics and uniform errors. */
@QuarkusTest
class OperationsTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/metrics"})
    void refusesAnyMethodButReadsOnOperationsEndpointsWith405(String path) {
        isProblem(invalidRequest().post(path).then(), 405)
                .header("Allow", equalTo("GET"))
                .body("detail", containsString("Allowed methods: GET"));
        isProblem(invalidRequest().delete(path).then(), 405);
    }

    @Test
    void redirectsTheRootToSwaggerUi() {
        api().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/q/swagger-ui"));
    }

    @Test
    void reportsLivenessUp() {
        api().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void reportsReadinessUpIncludingTheDatabase() {
        api().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetricsPerApiEndpoint() {
        api().get("/api/v1/courses").then().statusCode(200);

        api().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/courses\""));
    }

    @Test
    void servesOpenMetricsToAScraperThatAcceptsAnyFormat() {
        api().get("/api/v1/stages").then().statusCode(200);

        api().accept("*/*")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/openmetrics-text"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/stages\""))
                .body(endsWith("# EOF\n"));
    }

    @Test
    void servesTheContractAsYamlByDefault() {
        api().get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("openapi: 3.0.3"))
                .body(containsString("title: ML learning-resources catalog"))
                .body(containsString("/api/v1/courses:"))
                .body(containsString("/api/v1/specializations/{slug}:"));
    }

    @Test
    void servesTheContractAsJsonOnRequest() {
        api().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("info.title", equalTo("ML learning-resources catalog"))
                .body("paths.'/api/v1/courses'.get.operationId", equalTo("listCourses"))
                .body("paths.'/api/v1/stages'.get.operationId", equalTo("listStages"));
    }

    @Test
    void servesTheContractExactlyAsWritten() throws IOException {
        byte[] written = Files.readAllBytes(java.nio.file.Path.of("openapi.yaml"));
        byte[] served = api().get("/q/openapi").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(written, served);
    }

    @Test
    void servesTheContractAsJsonToAClientThatPrefersJson() {
        api().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("openapi", equalTo("3.0.3"));
        api().queryParam("format", "yaml")
                .accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"));
    }

    @Test
    void refusesAnUnknownContractFormatWith400() {
        isProblem(invalidRequest().queryParam("format", "xml").get("/q/openapi").then(), 400)
                .body("detail", containsString("json, yaml"));
    }

    @Test
    void servesTheContractToAnAcceptHeaderThatNamesNoType() {
        invalidRequest().accept(",").get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"));
        isProblem(invalidRequest().accept("*/*;q=0").get("/q/openapi").then(), 406);
    }

    @Test
    void refusesAnUnreadableAcceptHeaderOnTheContractWith400() {
        isProblem(invalidRequest().accept("garbage").get("/q/openapi").then(), 400)
                .body("detail", containsString("'garbage'"))
                .body("detail", containsString("not a list of media types"));
    }

    @Test
    void servesSwaggerUi() {
        api().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("swagger-ui"));
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        isProblem(invalidRequest().get("/api/v1/nope").then(), 404)
                .body("instance", equalTo("/api/v1/nope"))
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void namesTheInstanceOfAProblemAsTheClientEncodedItsPath() {
        isProblem(
                        invalidRequest()
                                .urlEncodingEnabled(false)
                                .get("/api/v1/courses/caf%C3%A9%0A")
                                .then(),
                        404)
                .body("instance", equalTo("/api/v1/courses/caf%C3%A9%0A"));
    }

    @Test
    void answersAnUnacceptableAcceptHeaderWith406Problem() {
        isProblem(invalidRequest().accept("text/csv").get("/api/v1/courses").then(), 406)
                .body("detail", containsString("application/json"));
    }
}
