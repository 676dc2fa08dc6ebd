package org.mlcatalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The service's clock, at the microsecond precision PostgreSQL keeps, so what a write returns is
 * what a read returns; and the span of dates and times the catalog accepts from clients, which
 * PostgreSQL and the four-digit years of HTTP dates both carry.
 */
public final class Timestamps {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String DATE_SPAN = "between " + EARLIEST + " and " + LATEST;

    private static final Instant FIRST_INSTANT =
            EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT =
            LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An ISO-8601 UTC timestamp such as 2026-11-24T18:00:00Z on a day within {@link #DATE_SPAN},
     * or empty if the text is no such timestamp.
     */
    public static Optional<Instant> parsePlausible(String text) {
        try {
            return Optional.of(Instant.parse(text)).filter(Timestamps::plausible);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether a date lies within {@link #DATE_SPAN}. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether an instant falls on a day within {@link #DATE_SPAN}, in UTC. */
    private static boolean plausible(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
    }
}
