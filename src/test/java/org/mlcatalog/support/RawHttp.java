package org.mlcatalog.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written on a socket byte for byte, for what HTTP clients refuse to send: targets that
 * are not URIs, broken chunked bodies. The request should ask to close the connection, since the
 * response is read until the server closes it.
 */
public final class RawHttp {

    /** How long a read waits for the server before the test fails, rather than hanging. */
    private static final int READ_TIMEOUT_MILLIS = 20_000;

    private RawHttp() {}

    /** A connection to the service under test, whose reads give up after 20 seconds. */
    public static Socket connect() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Writes the request as given and reads the whole response. */
    public static Response exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Response.read(socket);
        }
    }

    /** A response's status, its header lines (lower case) and its body. */
    public record Response(int status, String headers, String body) {

        /**
         * Reads a response from the socket until the server closes the connection. A server that
         * answers before it has read the whole request closes with the rest unread, which may
         * reset the connection once its answer has arrived: the answer is what was read until then.
         */
        public static Response read(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    received.write(buffer, 0, read);
                }
            } catch (SocketException reset) {
                if (received.size() == 0) {
                    throw reset;
                }
            }
            return parse(received.toString(StandardCharsets.UTF_8));
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
