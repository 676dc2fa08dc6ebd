package org.mlcatalog.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URI check ahead of every route, and the instance a problem names for any request path. */
class RoutingProblemsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "/api/v1/courses/cs229 | /api/v1/courses/cs229",
                "/api/v1/entries/%g1 | /api/v1/entries/%25g1",
                "/api/v1/entries/a%4 | /api/v1/entries/a%254",
                "/api/v1/entries/cs231n% | /api/v1/entries/cs231n%25",
                "/api/v1/entries/deep%20learning | /api/v1/entries/deep%20learning",
                "`/api/v1/entries/a b` | /api/v1/entries/a%20b",
                "`/api/v1/entries/a\"b|c` | /api/v1/entries/a%22b%7Cc",
                // As the HTTP layer reads them: one char per byte of a raw UTF-8 "é".
                "/api/v1/entries/caf\u00C3\u00A9 | /api/v1/entries/caf%C3%A9",
                "/api/v1/entries/x;v=1:a@b!$&'()*+,=~ | /api/v1/entries/x;v=1:a@b!$&'()*+,=~"
            })
    void namesTheInstanceAsAValidUriReference(String path, String instance) {
        assertEquals(instance, RoutingProblems.instance(path));
        assertEquals(Optional.empty(), RoutingProblems.uriProblem(instance));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=gan%2", "/api/v1/search?q=a|b", "/x/%zz", "/x/\"y\""})
    void findsWhereATargetStopsBeingAUri(String target) {
        String problem = RoutingProblems.uriProblem(target).orElseThrow();
        assertTrue(problem.contains("at character"), problem);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // As the HTTP layer reads raw UTF-8 bytes: one char per byte.
                "/api/v1/search?q=r\u00C3\u00A9seau | at character 19: 'é' is not percent-encoded; encode it as UTF-8,"
                        + " here %C3%A9",
                "/api/v1/entries/\u00F0\u009F\u00A4\u0096 | at character 17: '\uD83E\uDD16' is not percent-encoded;"
                        + " encode it as UTF-8, here %F0%9F%A4%96",
                // A Latin-1 client's "é", and bytes that start no UTF-8 character or end too early.
                "/api/v1/search?q=r\u00E9seau | at character 19: the byte %E9 is not percent-encoded, and is not UTF-8",
                "/x/\u0080 | at character 4: the byte %80 is not percent-encoded, and is not UTF-8",
                "/x/\u00C3 | at character 4: the byte %C3 is not percent-encoded, and is not UTF-8"
            })
    void refusesRawBytesOutsideAsciiNamingTheirEscapes(String target, String expected) {
        String problem = RoutingProblems.uriProblem(target).orElseThrow();
        assertTrue(problem.contains(expected), problem);
    }

    @Test
    void refusesARequestWithoutATarget() {
        assertEquals(Optional.of("The request has no URI."), RoutingProblems.uriProblem(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/api/v1/search?q=deep%20learning&kind=course", "http://localhost:8080/api/v1/courses"})
    void acceptsValidTargets(String target) {
        assertEquals(Optional.empty(), RoutingProblems.uriProblem(target));
    }
}
