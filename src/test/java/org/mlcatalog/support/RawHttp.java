package org.mlcatalog.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written on a socket byte for byte, for what HTTP clients refuse to send: targets that
 * are not URIs, broken chunked bodies. The request should ask to close the connection, since the
 * response is read until the server closes it.
 */
public final class RawHttp {

    private RawHttp() {}

    /** Writes the request as given and reads the whole response. */
    public static Response exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Response.read(socket);
        }
    }

    /** A response's status, its header lines (lower case) and its body. */
    public record Response(int status, String headers, String body) {

        /** Reads a response from the socket until the server closes the connection. */
        public static Response read(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        static Response parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head.toLowerCase(Locale.ROOT), body);
        }

        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                if (line.startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return "";
        }
    }
}
