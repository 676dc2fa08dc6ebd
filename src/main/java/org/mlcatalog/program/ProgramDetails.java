package org.mlcatalog.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields only programs have. */
public record ProgramDetails(
        @NotNull ProgramType type,
        @Size(min = 1, max = 200) String organizer,
        @Size(min = 1, max = 500) String eligibility,
        @NotNull Boolean paid,
        @Size(min = 1, max = 200) String applicationPeriod) {}
