package org.mlcatalog.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The fields only events have; the dates are those of the next or latest known edition. */
public record EventDetails(
        @NotNull EventType type,
        LocalDate startDate,
        LocalDate endDate,
        @Size(min = 1, max = 200) String location,
        @NotNull Boolean online,
        @Size(min = 1, max = 200) String organizer,
        @NotNull Recurrence recurrence) {}
