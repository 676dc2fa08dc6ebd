package org.mlcatalog.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields only organizations have. */
public record OrganizationDetails(
        @Size(min = 1, max = 20) String acronym,
        @NotNull OrganizationType type,
        @NotNull Membership membership,
        @Min(1800) @Max(2100) Integer foundedYear,
        @NotNull Region region) {}
