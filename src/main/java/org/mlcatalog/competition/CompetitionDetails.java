package org.mlcatalog.competition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.mlcatalog.entry.Slugs;

/** The fields only competitions have; {@code status} is derived from the dates. */
public record CompetitionDetails(
        @NotNull
        @Size(max = 60)
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens, such as 'kaggle'")
        String platform,

        LocalDate startDate,
        LocalDate endDate,
        CompetitionStatus status,
        @Size(min = 1, max = 200) String prize,
        @Min(1) @Max(1000) Integer maxTeamSize) {}
