package org.mlcatalog.bulk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;

/** The export holds exactly what the same query lists, entry for entry. */
@QuarkusTest
class ExportTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static int total(String query) {
        return api().get("/api/v1/entries?size=1&" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("page.totalItems");
    }

    @Test
    void exportsTheWholeCatalogAsNdjsonOneEntryPerLine() throws Exception {
        String body = api().get("/api/v1/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", containsString("ml-catalog.ndjson"))
                .extract()
                .asString();
        List<String> lines = body.lines().toList();

        assertEquals(total(""), lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode entry = JSON.readTree(
                api().get("/api/v1/entries/" + first.get("id").asText()).asString());
        assertEquals(entry, first, "a line is the entry as the API shows it");
        List<String> ids = lines.stream()
                .map(line -> line.substring(7, line.indexOf('"', 7)))
                .toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in id order");
    }

    @Test
    void exportsWhatASearchFinds() {
        String body = api().get("/api/v1/export?kind=course&q=vision")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(total("kind=course&q=vision"), body.lines().count());
    }

    @Test
    void exportsCsvWithAColumnForEveryField() {
        List<String> lines = api().get("/api/v1/export?format=csv&kind=event")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString()
                .lines()
                .toList();
        String header = lines.get(0);
        assertTrue(header.startsWith("id,kind,title,summary,url"), header);
        assertTrue(header.contains("recurrence") && header.contains("durationHours"), header);
        assertTrue(lines.size() > total("kind=event"), "a header and at least a line per event");
    }

    @Test
    void sendsOnlyAFormatTheClientAccepts() {
        api().accept("application/x-ndjson")
                .get("/api/v1/export?kind=event")
                .then()
                .statusCode(200);
        api().accept("text/csv")
                .get("/api/v1/export?kind=event&format=csv")
                .then()
                .statusCode(200);
        isProblem(invalidRequest().accept("text/html").get("/api/v1/export").then(), 406)
                .body("detail", containsString("application/x-ndjson"));
        isProblem(invalidRequest().accept("text/csv").get("/api/v1/export").then(), 406);
        isProblem(
                invalidRequest()
                        .accept("application/x-ndjson;q=0")
                        .get("/api/v1/export")
                        .then(),
                406);
        isProblem(invalidRequest().accept("garbage").get("/api/v1/export").then(), 400)
                .body("detail", containsString("'garbage'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"format=xml", "page=2", "sort=title", "kind=lecture", "level=expert", "color=blue"})
    void rejectsParametersItCannotHonour(String query) {
        invalidRequest().get("/api/v1/export?" + query).then().statusCode(400).contentType("application/problem+json");
    }
}
