package org.mlcatalog.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The service's clock, at the microsecond precision PostgreSQL keeps, so what a write returns is what a read returns. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
