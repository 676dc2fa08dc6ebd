package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;

/** Writes racing each other never fail with a 5xx, and creates without an id never collide. */
@QuarkusTest
class ConcurrentWritesTest extends ApiTest {

    private static final String COURSES = KindPath.COURSE.path();

    private static <T> List<T> inParallel(int count, java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = IntStream.range(0, count)
                    .mapToObj(index -> pool.submit(() -> task.apply(index)))
                    .toList();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void givesEveryCreateOfTheSameTitleItsOwnId() throws Exception {
        String tag = "race-" + unique();
        List<Response> answers = inParallel(6, index -> {
            Map<String, Object> body = Samples.body(KindPath.COURSE, tag);
            body.put("url", "https://example.org/race/" + tag + "/" + index);
            return json(body).post(COURSES);
        });

        assertTrue(answers.stream().allMatch(answer -> answer.statusCode() == 201), "every create succeeds");
        Set<String> ids =
                answers.stream().map(answer -> answer.<String>path("id")).collect(Collectors.toSet());
        assertEquals(6, ids.size());
        ids.forEach(id -> api().delete(COURSES + "/" + id).then().statusCode(204));
    }

    @Test
    void answersRacingChangesWith200Or409AndNothingElse() throws Exception {
        String id = json(Samples.body(KindPath.COURSE, "patched-" + unique()))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Integer> statuses = inParallel(
                8,
                index -> invalidRequest()
                        .contentType("application/merge-patch+json")
                        .body(Map.of("durationHours", index + 1))
                        .patch(COURSES + "/" + id)
                        .statusCode());

        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 409), statuses.toString());
        api().delete(COURSES + "/" + id).then().statusCode(204);
    }
}
