package org.mlcatalog.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.RawHttp;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/**
 * Request targets that are not valid URIs: a stray percent sign, a broken escape, a character that
 * must be percent-encoded. HTTP clients refuse to send them, so these tests write the request on a
 * socket.
 */
@QuarkusTest
class MalformedUriTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/courses?pag%zz=1",
                "/api/v1/search?q=gan%2",
                "/api/v1/search?q=50%",
                "/api/v1/entries/%g1",
                "/api/v1/search?q=c++|python",
                "/api/v1/search?q=\"transformers\"",
                "/api/v1/entries/cs231n%",
                "/nope/%zz",
                "/q/health/live?x=%"
            })
    void answersATargetThatIsNotAUriWithABadRequestProblem(String target) throws IOException {
        RawHttp.Response response = send("GET", target);

        JsonNode problem = malformedUriProblem(response);
        assertThat(problem.path("status").asInt(), equalTo(400));
        assertThat(problem.path("detail").asText(), containsString("percent-encode"));
        // The instance is itself a valid URI reference, even though the target was not.
        URI instance = URI.create(problem.path("instance").asText());
        assertThat(target, startsWith(instance.getRawPath().replace("%25", "%")));
    }

    @Test
    void namesWhereTheTargetBreaksInTheDetail() throws IOException {
        JsonNode problem =
                JSON.readTree(send("GET", "/api/v1/search?q=gan%zzgan").body());

        assertThat(problem.path("detail").asText(), containsString("at character 21"));
        assertThat(problem.path("detail").asText(), containsString("malformed escape pair"));
    }

    @Test
    void refusesAWriteWithAMalformedTargetAndChangesNothing() throws IOException {
        String id = json(Samples.body(KindPath.COURSE, unique()))
                .post(KindPath.COURSE.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        RawHttp.Response response = send("DELETE", KindPath.COURSE.path() + "/" + id + "?force=%zz");

        assertThat(response.status(), equalTo(400));
        assertThat(response.header("content-type"), startsWith("application/problem+json"));
        api().get(KindPath.COURSE.path() + "/" + id).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /api/v1/courses HTTP/1.1\r\n",
                "GET ?q=gan HTTP/1.1\r\nHost: localhost\r\n",
                "GET courses HTTP/1.1\r\nHost: localhost\r\n",
                "GET %zz HTTP/1.1\r\nHost: localhost\r\n",
                "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n"
            })
    void answersARequestTheRouterCannotRouteWithABadRequestProblem(String head) throws IOException {
        RawHttp.Response response = RawHttp.exchange(head + "Connection: close\r\n\r\n");

        assertThat(response.status(), equalTo(400));
        assertThat(response.header("content-type"), startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt(), equalTo(400));
        assertThat(problem.path("detail").asText(), anyOf(containsString("Host header"), containsString("slash")));
        URI.create(problem.path("instance").asText());
    }

    @Test
    void timesRefusalsUnderOneNameInsteadOfTheirPaths() throws IOException {
        String marker = unique();
        assertThat(send("GET", "/api/v1/entries/" + marker + "%zz").status(), equalTo(400));

        List<String> requestSeries = api().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count"))
                .toList();
        assertThat(requestSeries, hasItem(allOf(containsString("uri=\"/REFUSED\""), containsString("status=\"400\""))));
        assertThat(requestSeries, everyItem(not(containsString(marker))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=réseau", "/api/v1/entries/café"})
    void refusesRawUtf8InsteadOfReadingItByteByByte(String target) throws IOException {
        // What a client that does not percent-encode sends: the UTF-8 bytes as they are.
        String raw = new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        RawHttp.Response response = send("GET", raw);

        JsonNode problem = malformedUriProblem(response);
        assertThat(problem.path("detail").asText(), containsString("'é' is not percent-encoded"));
        assertThat(problem.path("detail").asText(), containsString("%C3%A9"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/search?q=%FF",
                "/api/v1/entries/caf%C3%28",
                "/api/v1/courses?tag=%ED%A0%80x",
                "/api/v1/search?q=%C3+%A9"
            })
    void refusesEscapesThatAreNotUtf8InsteadOfReplacingThem(String target) throws IOException {
        RawHttp.Response response = send("GET", target);

        assertThat(malformedUriProblem(response).path("detail").asText(), containsString("are not UTF-8"));
    }

    /** The problem of a refused request URI: a 400 problem document titled so. */
    private static JsonNode malformedUriProblem(RawHttp.Response response) throws IOException {
        assertThat(response.status(), equalTo(400));
        assertThat(response.header("content-type"), startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asText(), equalTo("Malformed request URI"));
        return problem;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=50%25", "http://[fe80::1%eth0]/api/v1/stages"})
    void leavesPercentSignsThatAreNoTextEscapesAlone(String target) throws IOException {
        assertThat(send("GET", target).status(), lessThan(500));
    }

    @Test
    void readsATargetThatStartsWithTwoSlashesAsAPath() throws IOException {
        // Not a host and an IPv6 zone: the router reads the whole target as the path.
        JsonNode problem = malformedUriProblem(send("GET", "//[::1%1]/api/v1/stages"));

        assertThat(problem.path("detail").asText(), containsString("at character 3"));
    }

    @Test
    void readsPercentEncodedUtf8AsText() throws IOException {
        RawHttp.Response response = send("GET", "/api/v1/search?q=r%C3%A9seau");

        assertThat(response.status(), equalTo(200));
        assertThat(JSON.readTree(response.body()).path("query").asText(), equalTo("réseau"));
    }

    @Test
    void stillServesAWellFormedTargetWithEscapes() throws IOException {
        RawHttp.Response response = send("GET", "/api/v1/search?q=deep%20learning%2C%20cnn");

        assertThat(response.status(), equalTo(200));
    }

    private static RawHttp.Response send(String method, String target) throws IOException {
        return RawHttp.exchange(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                + "Authorization: Bearer " + Tokens.admin() + "\r\nConnection: close\r\n\r\n");
    }
}
