package org.mlcatalog.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mlcatalog.entry.Slugs;

/** A specialization as a create or replace request sends it. */
public record SpecializationInput(
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits joined by single hyphens")
        @Size(max = Slugs.MAX_LENGTH)
        String slug,

        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 1000) String description,

        @Pattern(regexp = Slugs.PATTERN, message = "must be the slug of an existing specialization")
        String parent) {

    /** Surrounding spaces are dropped before validation, so they can neither make up a length nor a value. */
    public SpecializationInput {
        name = name == null ? null : name.strip();
        description = description == null ? null : description.strip();
    }
}
