package org.mlcatalog.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The fields only courses have. */
public record CourseDetails(
        @NotNull CourseFormat format,
        @Min(1) @Max(5000) Integer durationHours,
        @NotNull Boolean certificate,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> prerequisites) {}
