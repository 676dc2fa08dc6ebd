package org.mlcatalog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.mlcatalog.problem.ProblemException;

/** A body is read up to the limit whichever way it is read, and refused with 413 past it. */
class BoundedBodiesTest {

    private static InputStream bounded(int bodyBytes, long maxBytes) {
        return new BoundedBodies.Bounded(new ByteArrayInputStream(new byte[bodyBytes]), maxBytes);
    }

    @Test
    void readsABodyOfExactlyTheLimit() throws IOException {
        assertArrayEquals(new byte[10], bounded(10, 10).readAllBytes());
    }

    @Test
    void refusesTheByteAfterTheLimitReadInBlocks() {
        InputStream body = bounded(11, 10);

        ProblemException refused = assertThrows(ProblemException.class, body::readAllBytes);

        assertEquals(Status.REQUEST_ENTITY_TOO_LARGE, refused.status());
        assertEquals(BodyLimit.tooLarge(10), refused.getMessage());
    }

    @Test
    void refusesTheByteAfterTheLimitReadOneAtATime() throws IOException {
        InputStream body = bounded(11, 10);
        for (int read = 0; read < 10; read++) {
            assertEquals(0, body.read());
        }

        assertThrows(ProblemException.class, body::read);
    }

    @Test
    void countsSkippedBytes() throws IOException {
        InputStream body = bounded(11, 10);
        assertEquals(10, body.skip(10));

        assertThrows(ProblemException.class, body::read);
    }
}
