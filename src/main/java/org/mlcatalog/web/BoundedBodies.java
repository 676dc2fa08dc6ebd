package org.mlcatalog.web;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mlcatalog.problem.ProblemException;

/**
 * Stops reading a request body at the size limit with a 413 problem. Bodies with a declared length
 * and bodies in HTTP/1.1 chunks are measured before a resource reads them ({@link BodyLimit}); an
 * HTTP/2 body without a declared length is measured here, as it is read.
 */
@Provider
public class BoundedBodies implements ReaderInterceptor {

    // Providers are made before the runtime configuration is read, so the limit is read on first use.
    private volatile long maxBytes = -1;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes()));
        return context.proceed();
    }

    private long maxBytes() {
        long known = maxBytes;
        if (known < 0) {
            known = ConfigProvider.getConfig()
                    .getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                    .asLongValue();
            maxBytes = known;
        }
        return known;
    }

    /** An input stream that refuses to read past a number of bytes. */
    static final class Bounded extends FilterInputStream {

        private final long maxBytes;
        private long read;

        Bounded(InputStream body, long maxBytes) {
            super(body);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        @Override
        public long skip(long bytes) throws IOException {
            long skipped = super.skip(bytes);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw new ProblemException(
                        Status.REQUEST_ENTITY_TOO_LARGE, BodyLimit.TOO_LARGE, BodyLimit.tooLarge(maxBytes), List.of());
            }
        }
    }
}
