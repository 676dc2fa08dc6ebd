package org.mlcatalog.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlcatalog.contract.AllowedMethods;

/**
 * Problem bodies for requests refused before they reach a resource, which the HTTP layer would
 * otherwise refuse with an empty body or an error page: a request the router cannot route (no
 * host, a target that is not a path), a target that is not a valid URI (400), a method the
 * operations endpoints do not serve (405).
 */
@ApplicationScoped
public class RoutingProblems {

    /** Characters a path segment holds as they are (RFC 3986 pchar and the separating slash). */
    private static final String PATH_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

    /** Bytes as percent-escapes: {@code %C3%A9}. */
    private static final HexFormat PERCENT_ESCAPES =
            HexFormat.of().withUpperCase().withPrefix("%");

    /** Set once the request has reached the first route, so failures after that are not this class's. */
    private static final String ROUTED = RoutingProblems.class.getName() + ".routed";

    /** The request-context key Quarkus' HTTP metrics read an endpoint's path template from. */
    private static final String METRICS_PATH_TEMPLATE = "UrlPathTemplate";

    private static final String REFUSED = "/REFUSED";

    /** What a target in origin form (a path) is read under, to parse it as a URI. */
    private static final String PATH_ORIGIN = "http://origin";

    /**
     * Methods passed on to the operations endpoints without looking their paths up in the contract:
     * every one answers GET (and so HEAD), and OPTIONS.
     */
    private static final List<String> ALWAYS_ANSWERED = List.of("GET", "HEAD", "OPTIONS");

    private final ObjectMapper mapper;
    private final AllowedMethods allowedMethods;

    public RoutingProblems(ObjectMapper mapper, AllowedMethods allowedMethods) {
        this.mapper = mapper;
        this.allowedMethods = allowedMethods;
    }

    void install(@Observes Router router) {
        // The first route: no later route reads a target that is not a URI (CatalogMain).
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.put(ROUTED, Boolean.TRUE);
            uriProblem(context.request().uri())
                    .ifPresentOrElse(
                            detail -> respond(context, Status.BAD_REQUEST, "Malformed request URI", detail),
                            context::next);
        });
        // The router itself refuses a request it cannot route at all before any route runs: without
        // a Host header, or with a target that is not a path. Left to the default handlers, that is an
        // error page (or an empty body) and an error in the log.
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.get(ROUTED) != null) {
                context.next();
            } else {
                respond(context, Status.BAD_REQUEST, "Bad request", unroutable(context.request()));
            }
        });
        // Health and metrics answer any method; the contract gives them GET only.
        router.route("/q/*").order(-10).handler(context -> {
            String method = context.request().method().name();
            if (ALWAYS_ANSWERED.contains(method)) {
                // Probes and scrapes come often: their path is not looked up.
                context.next();
                return;
            }
            String path = context.normalizedPath();
            List<String> allowed = allowedMethods.on(path).orElse(List.of());
            if (allowed.isEmpty() || allowed.contains(method)) {
                context.next();
            } else {
                context.response().putHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
                respond(
                        context,
                        Status.METHOD_NOT_ALLOWED,
                        "Method not allowed",
                        ProblemMappers.methodNotAllowed(path, allowed));
            }
        });
    }

    private static String unroutable(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_1_0 && request.authority() == null) {
            return "The request names no host: send a Host header, as HTTP/1.1 requires.";
        }
        return "The request target must be a path that starts with a slash, such as /api/v1/courses.";
    }

    /** Why a request target is not a valid URI, or empty when it is one. */
    static Optional<String> uriProblem(String target) {
        // Quarkus refuses a request without a target itself; this keeps a change there from a 500.
        if (target == null) {
            return Optional.of("The request has no URI.");
        }
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) >= 0x80) {
                return Optional.of(unencoded(target, i));
            }
        }
        // A target that starts with // is a path whose first segment is empty, as the router reads it,
        // not a host: it is checked as a path under a stand-in origin.
        String origin = target.startsWith("//") ? PATH_ORIGIN : "";
        try {
            URI uri = new URI(origin + target);
            // Only the path and query: an authority may hold a % that is no escape (an IPv6 zone).
            return escapesNotUtf8(uri.getRawPath()).or(() -> escapesNotUtf8(uri.getRawQuery()));
        } catch (URISyntaxException malformed) {
            int index = malformed.getIndex() - origin.length();
            String where = malformed.getIndex() < 0 ? "" : " at character " + (index + 1);
            return Optional.of(("The request URI is not valid: %s%s. In a path or query, percent-encode every"
                            + " character outside letters, digits and -._~!$&'()*+,;=:@/? (a space as %%20, | as"
                            + " %%7C, a double quote as %%22), and write %% only as the start of a two-digit hex"
                            + " escape: %%25 for a percent sign itself.")
                    .formatted(malformed.getReason().toLowerCase(Locale.ROOT), where));
        }
    }

    /**
     * Why a valid URI's percent-escapes are refused: a run of them that is not UTF-8 would reach
     * the resources with each bad byte replaced by U+FFFD, searching or naming something the client
     * never sent. Every byte of a multi-byte character is escaped, so each run is decoded alone.
     */
    private static Optional<String> escapesNotUtf8(String part) {
        int start = part == null ? -1 : part.indexOf('%');
        while (start >= 0) {
            int end = start;
            while (end < part.length() && part.charAt(end) == '%') {
                end += 3;
            }
            String escapes = part.substring(start, end);
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(PERCENT_ESCAPES.parseHex(escapes)));
            } catch (CharacterCodingException notUtf8) {
                return Optional.of(("The request URI is not valid: the escapes %s are not UTF-8. Percent-encode the"
                                + " UTF-8 bytes of the text.")
                        .formatted(escapes));
            }
            start = part.indexOf('%', end);
        }
        return Optional.empty();
    }

    /**
     * Why a target with a raw byte outside ASCII at {@code start} is refused. java.net.URI accepts
     * such characters, but a URI holds ASCII only, and the query string would reach the resources
     * as one character per byte: a raw UTF-8 "réseau" would be searched as "rÃ©seau".
     */
    private static String unencoded(String target, int start) {
        int end = start;
        while (end < target.length() && end - start < 4 && target.charAt(end) >= 0x80) {
            end++;
        }
        byte[] sent = target.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        String what = "the byte %s is not percent-encoded, and is not UTF-8: encode text as UTF-8"
                .formatted(PERCENT_ESCAPES.formatHex(sent, 0, 1));
        int length = utf8Length(sent[0]);
        if (length <= sent.length) {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(sent, 0, length))
                        .toString();
                what = "'%s' is not percent-encoded; encode it as UTF-8, here %s"
                        .formatted(text, PERCENT_ESCAPES.formatHex(sent, 0, length));
            } catch (CharacterCodingException notUtf8) {
                // The byte is named as it is.
            }
        }
        return ("The request URI is not valid at character %d: %s. A URI holds ASCII only; every other"
                        + " character is written as the percent-escapes of its UTF-8 bytes.")
                .formatted(start + 1, what);
    }

    /** How many bytes the UTF-8 sequence that starts with this byte has, or 1 when it starts none. */
    private static int utf8Length(byte first) {
        int bits = first & 0xff;
        return bits >= 0xf0 ? 4 : bits >= 0xe0 ? 3 : bits >= 0xc0 ? 2 : 1;
    }

    /** Ends the exchange with a problem, for refusals made before any resource is reached. */
    public void respond(RoutingContext context, Status status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        // Timed under one name: under its raw path, each refused request could add a metrics series.
        Context requestContext = Vertx.currentContext();
        if (requestContext != null) {
            requestContext.putLocal(METRICS_PATH_TEMPLATE, REFUSED);
        }
        String instance = instance(context.request().path());
        Problem problem = new Problem(null, title, status.getStatusCode(), detail, instance, List.of());
        try {
            context.response()
                    .setStatusCode(status.getStatusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status.getStatusCode()).end();
        }
    }

    /** A request's path as a URI reference: what a path may not hold raw is percent-encoded. */
    static String instance(String path) {
        if (path == null) {
            return "";
        }
        // The HTTP layer reads the request line as ISO-8859-1: one char per byte sent.
        return escaped(path.getBytes(StandardCharsets.ISO_8859_1), true);
    }

    /** A decoded path as a URI reference: the escapes of its UTF-8 bytes where a path needs them. */
    static String decodedInstance(String path) {
        return escaped(path.getBytes(StandardCharsets.UTF_8), false);
    }

    private static String escaped(byte[] bytes, boolean keepEscapes) {
        StringBuilder instance = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = keepEscapes
                    && b == '%'
                    && i + 2 < bytes.length
                    && HexFormat.isHexDigit(bytes[i + 1])
                    && HexFormat.isHexDigit(bytes[i + 2]);
            if (escape || (b < 0x80 && PATH_CHARACTERS.indexOf(b) >= 0)) {
                instance.append((char) b);
            } else {
                instance.append(PERCENT_ESCAPES.formatHex(bytes, i, i + 1));
            }
        }
        return instance.toString();
    }
}
