package org.mlcatalog.entry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Similar entries, and entries in schema.org terms. */
@QuarkusTest
class SimilarAndLinkedDataTest extends ApiTest {

    @Test
    void ranksEntriesSharingSpecializationsAndTagsFirst() {
        String tag = "alike-" + unique();
        String base = create(KindPath.COURSE, tag, List.of("robotics", "speech"), List.of(tag, "x-" + tag));
        String close = create(KindPath.READING, tag, List.of("robotics", "speech"), List.of(tag, "x-" + tag));
        String far = create(KindPath.EVENT, tag, List.of("time-series"), List.of(tag));

        api().get("/api/v1/entries/" + base + "/similar?size=100")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(close))
                .body("items.id", hasItem(far))
                .body("items.id", not(hasItem(base)));
        api().get("/api/v1/entries/" + base + "/similar?size=1").then().body("items", hasSize(1));
        List.of(
                        KindPath.COURSE.path() + "/" + base,
                        KindPath.READING.path() + "/" + close,
                        KindPath.EVENT.path() + "/" + far)
                .forEach(path -> api().delete(path).then().statusCode(204));
    }

    private String create(KindPath kind, String tag, List<String> specializations, List<String> tags) {
        Map<String, Object> body = Samples.body(kind, tag + "-" + kind.kind);
        body.put("specializations", specializations);
        body.put("tags", tags);
        return json(body).post(kind.path()).then().statusCode(201).extract().path("id");
    }

    @Test
    void answersSimilarForAnUnknownEntryWith404() {
        invalidRequest().get("/api/v1/entries/no-such-entry/similar").then().statusCode(404);
        invalidRequest()
                .get("/api/v1/entries/kaggle-titanic/similar?size=0")
                .then()
                .statusCode(400);
    }

    @ParameterizedTest
    @CsvSource({
        "stanford-cs229-machine-learning, Course",
        "kaggle-titanic, Event",
        "icml-conference, Event",
        "association-for-the-advancement-of-artificial-intelligence, Organization",
        "reddit-r-learnmachinelearning, Organization",
        "deep-learning-goodfellow-bengio-courville, Book",
        "attention-is-all-you-need, ScholarlyArticle",
        "google-summer-of-code, EducationalOccupationalProgram"
    })
    void describesEveryKindInSchemaOrgTerms(String id, String type) {
        api().accept("application/ld+json")
                .get("/api/v1/entries/" + id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo(type))
                .body("identifier", equalTo(id));
    }

    @Test
    void namesTheAuthorsOfAReading() {
        api().accept("application/ld+json")
                .get("/api/v1/entries/deep-learning-goodfellow-bengio-courville")
                .then()
                .body("author.name", contains("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"));
    }
}
