package org.mlcatalog.packaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.ContractFilter;
import org.mlcatalog.support.PackagedSchema;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/**
 * The jar that `package` builds, started with the production profile: one jar holding every
 * class, with the configuration compiled into it rather than read from a properties file, which
 * the jar leaves out (README "Performance"). It runs on a schema of its own ({@link PackagedSchema}).
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedSchema.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PackagedServiceIT extends ApiTest {

    @Test
    void holdsNoConfigurationFile() throws IOException {
        Properties artifact = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(reader);
        }
        try (JarFile jar =
                new JarFile(Path.of("target", artifact.getProperty("path")).toFile())) {
            assertNull(jar.getEntry("application.properties"));
        }
    }

    @Test
    void migratesItsOwnSchemaAndServesTheCuratedCatalog() throws SQLException {
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        anonymous()
                .queryParam("q", "kaggle")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("page.totalItems", greaterThan(0))
                .body("facets.kind.competition", greaterThan(0));
        assertEquals(
                1,
                rows(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"
                                + " AND table_name = 'flyway_schema_history'",
                        PackagedSchema.SCHEMA));
    }

    @Test
    void limitsReadsAsItsConfigurationSays() {
        // The limit has no default in code: without the compiled configuration the service would not start.
        String perMinute = System.getenv().getOrDefault("CATALOG_RATE_LIMIT_READS_PER_MINUTE", "600");
        anonymous()
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo(perMinute + ";w=60"));
    }

    @Test
    void writesWithASignedTokenAndRefusesAWrongSignatureWith401() throws SQLException {
        String tag = "packaged-" + unique();
        String id = json(Samples.body(KindPath.COURSE, tag))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = KindPath.COURSE.path() + "/" + id;
        assertEquals(1, rows("SELECT count(*) FROM " + PackagedSchema.SCHEMA + ".entry WHERE id = ?", id));
        isProblem(
                given().header(ContractFilter.INVALID_REQUEST, "true")
                        .header("Authorization", "Bearer " + Tokens.wrongSignature())
                        .delete(path)
                        .then(),
                401);
        api().delete(path).then().statusCode(204);
        isProblem(anonymous().get(path).then(), 404);
    }

    @Test
    void refusesAnUnknownFieldOfABodyReadByJackson() {
        Map<String, Object> body = Samples.specialization("packaged-" + unique(), "Packaged");
        body.put("colour", "blue");
        isProblem(
                        invalidRequest()
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/specializations")
                                .then(),
                        400)
                .body("violations.field", contains("colour"));
    }

    /** The count a query with one parameter gives, on the packaged service's database. */
    private static long rows(String sql, String parameter) throws SQLException {
        try (Connection connection = PackagedSchema.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
