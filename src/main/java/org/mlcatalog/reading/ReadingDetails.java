package org.mlcatalog.reading;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The fields only readings have. */
public record ReadingDetails(
        @NotNull ReadingFormat format,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
        @Min(1900) @Max(2100) Integer year,
        @NotNull Boolean freeOnline) {}
