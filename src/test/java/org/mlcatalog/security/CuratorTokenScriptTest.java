package org.mlcatalog.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** The README's way to curate locally: tools/curator-token.sh mints tokens the service accepts. */
@QuarkusTest
class CuratorTokenScriptTest extends ApiTest {

    private record Run(int exitCode, String output) {}

    private static Run script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "tools/curator-token.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The test run's own key pair and issuer, the ones the service under test trusts.
        builder.environment()
                .put("CATALOG_KEY_DIR", Path.of("target", "test-keys").toString());
        builder.environment().put("MP_JWT_VERIFY_ISSUER", "https://issuer.test.ml-catalog");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Run(process.waitFor(), output);
    }

    @Test
    void mintsACuratorTokenTheServiceAccepts() throws Exception {
        Run run = script("token", "erin", "curator", "1");
        assertEquals(0, run.exitCode(), run.output());

        String id = given().header("Authorization", "Bearer " + run.output())
                .contentType(ContentType.JSON)
                .body(Samples.body(KindPath.COURSE, "script-" + unique()))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .body("createdBy", equalTo("erin"))
                .extract()
                .path("id");
        api().delete(KindPath.COURSE.path() + "/" + id).then().statusCode(204);
    }

    @Test
    void refusesRolesTheCatalogDoesNotHave() throws Exception {
        assertEquals(2, script("token", "erin", "superuser").exitCode());
        assertEquals(2, script("token", "erin\"", "curator").exitCode());
    }
}
