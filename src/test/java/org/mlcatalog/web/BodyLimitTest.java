package org.mlcatalog.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.RawHttp;
import org.mlcatalog.support.Samples;
import org.mlcatalog.support.Samples.KindPath;
import org.mlcatalog.support.Tokens;

/**
 * Bodies sent in chunks, without a declared length (as a client streams a pipe): read up to the size
 * limit, refused beyond it with the 413 problem a declared length over the limit gets. REST Assured
 * declares the length of every body, so these requests are sent with the JDK's client, which
 * streams a body of unknown length in chunks.
 */
@QuarkusTest
class BodyLimitTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURSES = KindPath.COURSE.path();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    BodyLimit bodyLimit;

    @Test
    void createsAnEntryFromAChunkedBody() throws IOException, InterruptedException {
        String tag = unique();

        HttpResponse<String> response = postChunked(course(Samples.body(KindPath.COURSE, tag)), false);

        assertThat(response.body(), response.statusCode(), equalTo(201));
        String id = JSON.readTree(response.body()).path("id").asText();
        api().get(COURSES + "/" + id).then().statusCode(200).body("tags[0]", equalTo(tag));
        api().delete(COURSES + "/" + id).then().statusCode(204);
    }

    @Test
    void answersAChunkedBodyThatWaitsForContinue() throws IOException, InterruptedException {
        // curl sends Expect: 100-continue with a body streamed from a pipe, and waits for the 100.
        String tag = unique();

        HttpResponse<String> response = postChunked(course(Samples.body(KindPath.COURSE, tag)), true);

        assertThat(response.body(), response.statusCode(), equalTo(201));
        api().delete(COURSES + "/" + JSON.readTree(response.body()).path("id").asText())
                .then()
                .statusCode(204);
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWith413AndCreatesNothing() throws IOException, InterruptedException {
        String tag = unique();
        Map<String, Object> body = Samples.body(KindPath.COURSE, tag);
        body.put("summary", "s".repeat(2 * 1024 * 1024));

        HttpResponse<String> response = postChunked(course(body), false);

        JsonNode problem = problem(response, 413);
        assertThat(problem.path("detail").asText(), containsString("larger than the 1048576 bytes"));
        assertThat(response.headers().firstValue("Connection").orElse(""), equalTo("close"));
        api().queryParam("tag", tag).get(COURSES).then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void givesBackTheRoomOfARefusedChunkedBody() throws IOException, InterruptedException {
        Map<String, Object> body = Samples.body(KindPath.COURSE, unique());
        body.put("summary", "s".repeat(2 * 1024 * 1024));

        problem(postChunked(course(body), false), 413);

        assertThat(heldOnceSettled(), equalTo(0L));
    }

    @Test
    void refusesAnAnonymousChunkedWriteWith401BeforeReadingItsBody() throws IOException, InterruptedException {
        // Over the limit, yet 401: without a valid token the body is not buffered to be measured.
        Map<String, Object> body = Samples.body(KindPath.COURSE, unique());
        body.put("summary", "s".repeat(2 * 1024 * 1024));

        assertThat(
                problem(send(chunkedPost(course(body), false).build()), 401)
                        .path("detail")
                        .asText(),
                containsString("bearer token"));
    }

    @Test
    void refusesAChunkedWriteWithAnInvalidTokenWith401() throws IOException, InterruptedException {
        HttpRequest request = chunkedPost("{}".getBytes(StandardCharsets.UTF_8), false)
                .header("Authorization", "Bearer " + Tokens.garbage())
                .build();

        assertThat(problem(send(request), 401).path("title").asText(), equalTo("Unauthorized"));
    }

    @Test
    void readsAChunkedBodyOfExactlyTheLimit() throws IOException, InterruptedException {
        // A JSON string of 1 MiB: read whole and answered on its merits, not refused for its size.
        byte[] body = ("\"" + "x".repeat(1024 * 1024 - 2) + "\"").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postChunked(body, false);

        assertThat(problem(response, 400).path("detail").asText(), containsString("JSON object"));
    }

    @Test
    void answersABrokenChunkWithABadRequestProblem() throws IOException {
        RawHttp.Response response =
                RawHttp.exchange(chunkedCourseHead("Connection: close\r\n") + "zz\r\n{}\r\n0\r\n\r\n");

        assertThat(response.status(), equalTo(400));
        assertThat(response.header("content-type"), equalTo("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("detail").asText(), containsString("chunked transfer coding"));
    }

    @Test
    void holdsOnlyAFewChunkedBodiesAtOnce() throws IOException, InterruptedException {
        // Bodies of earlier tests hold room until the service has finished with them: a small body
        // getting through shows room for itself, not for the four below.
        assertThat(heldOnceSettled(), equalTo(0L));
        List<Socket> unfinished = new ArrayList<>();
        try {
            // Four bodies of nearly the limit each, not ended: together nearly all the room there is.
            for (int upload = 0; upload < 4; upload++) {
                unfinished.add(startChunkedPost(1_000_000));
            }
            Thread.sleep(500);
            try (Socket fifth = startChunkedPostThatMayBeRefused(300_000)) {
                RawHttp.Response refused = RawHttp.Response.read(fifth);

                assertThat(refused.status(), equalTo(503));
                assertThat(refused.header("retry-after"), equalTo("5"));
                assertThat(refused.body(), containsString("Content-Length"));
            }
        } finally {
            for (Socket upload : unfinished) {
                upload.close();
            }
        }
        // Bodies whose clients went away give their room back, once the service has seen them go.
        assertThat(statusOnceRoomIsFree(), equalTo(400));
    }

    /** The bytes of chunked bodies the service holds, read again while it holds some, for at most 10 s. */
    private long heldOnceSettled() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (bodyLimit.heldBytes() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return bodyLimit.heldBytes();
    }

    /** The status of a small chunked POST, sent again while it answers 503, for at most 10 s. */
    private static int statusOnceRoomIsFree() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            int status =
                    postChunked("{}".getBytes(StandardCharsets.UTF_8), false).statusCode();
            if (status != 503 || System.nanoTime() >= deadline) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void refusesAnHttp2BodyWithoutALengthPastTheLimitWith413() throws Exception {
        Map<String, Object> body = Samples.body(KindPath.COURSE, unique());
        body.put("summary", "s".repeat(2 * 1024 * 1024));

        Map.Entry<Integer, String> response = postOverHttp2(course(body));

        assertThat(response.getKey(), equalTo(413));
        assertThat(JSON.readTree(response.getValue()).path("detail").asText(), containsString("1048576 bytes"));
    }

    @Test
    void readsAnHttp2BodyWithoutALengthWithinTheLimit() throws Exception {
        Map.Entry<Integer, String> response = postOverHttp2("{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.getKey(), equalTo(400));
        assertThat(JSON.readTree(response.getValue()).path("title").asText(), equalTo("Invalid request"));
    }

    /** A POST over HTTP/2 without TLS (prior knowledge), its body sent without a declared length. */
    private static Map.Entry<Integer, String> postOverHttp2(byte[] body) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_2)
                    .setHttp2ClearTextUpgrade(false));
            return client.request(HttpMethod.POST, RestAssured.port, "localhost", COURSES)
                    .compose(request -> {
                        request.putHeader("Authorization", "Bearer " + Tokens.admin())
                                .putHeader("Content-Type", "application/json")
                                .setChunked(true);
                        request.end(Buffer.buffer(body));
                        return request.response();
                    })
                    .compose(response ->
                            response.body().map(answer -> Map.entry(response.statusCode(), answer.toString())))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    /** A chunked POST whose first chunk is sent and whose body is never ended. */
    private static Socket startChunkedPost(int bytes) throws IOException {
        Socket socket = RawHttp.connect();
        writeFirstChunk(socket, bytes);
        return socket;
    }

    /**
     * A chunked POST whose first chunk is sent, or as much of it as the service reads before it
     * refuses the body and closes the connection; its answer is left to read.
     */
    private static Socket startChunkedPostThatMayBeRefused(int bytes) throws IOException {
        Socket socket = RawHttp.connect();
        try {
            writeFirstChunk(socket, bytes);
        } catch (SocketException refusedPartWay) {
            // The rest of the chunk met the closed connection.
        }
        return socket;
    }

    private static void writeFirstChunk(Socket socket, int bytes) throws IOException {
        String head = chunkedCourseHead("") + Integer.toHexString(bytes) + "\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write(new byte[bytes]);
        socket.getOutputStream().flush();
    }

    /** The head of a curator's chunked POST to the courses, with any further header lines given. */
    private static String chunkedCourseHead(String moreHeaders) {
        return "POST " + COURSES + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" + moreHeaders + "\r\n";
    }

    private static byte[] course(Map<String, Object> body) throws IOException {
        return JSON.writeValueAsBytes(body);
    }

    private static HttpResponse<String> postChunked(byte[] body, boolean expectContinue)
            throws IOException, InterruptedException {
        return send(chunkedPost(body, expectContinue)
                .header("Authorization", "Bearer " + Tokens.admin())
                .build());
    }

    private static HttpRequest.Builder chunkedPost(byte[] body, boolean expectContinue) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + COURSES))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .expectContinue(expectContinue)
                // A body of unknown length: the client sends it with Transfer-Encoding: chunked.
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.body(), response.statusCode(), equalTo(status));
        assertThat(response.headers().firstValue("Content-Type").orElse(""), equalTo("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt(), equalTo(status));
        assertThat(problem.path("instance").asText(), equalTo(COURSES));
        return problem;
    }
}
