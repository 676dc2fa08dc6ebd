package org.mlcatalog.web;

import java.time.Instant;

/** A representation that knows when its resource last changed, for {@code Last-Modified}. */
public interface LastModified {

    Instant lastModified();
}
