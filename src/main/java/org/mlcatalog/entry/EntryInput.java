package org.mlcatalog.entry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.URL;

/** The fields every kind shares, as a create or replace request sends them. */
public record EntryInput(
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits joined by single hyphens")
        @Size(max = Slugs.MAX_LENGTH)
        String id,

        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(min = 20, max = 1000) String summary,

        @NotBlank
        @Size(max = 500)
        @URL(protocol = "https", message = "must be an absolute https URL")
        @Pattern(regexp = "^https://[^\\s/]+\\S*$", message = "must be an absolute https URL")
        String url,

        @Size(min = 1, max = 200) String provider,
        @NotEmpty @Size(max = 7) List<@NotNull String> stages,
        @Size(max = 20) List<@NotNull String> specializations,
        @NotNull Level level,
        @NotNull Cost cost,

        @NotEmpty @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter ISO 639-1 code") String>
                languages,

        @Size(max = 20)
        List<
                        @NotNull @Size(max = TAG_MAX_LENGTH)
                        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens") String>
                tags) {

    /** Surrounding spaces are dropped before validation, so they can neither make up a length nor a value. */
    public EntryInput {
        title = title == null ? null : title.strip();
        summary = summary == null ? null : summary.strip();
        provider = provider == null ? null : provider.strip();
    }

    /** The longest tag: the contract's Tag schema. */
    public static final int TAG_MAX_LENGTH = 50;

    /** The common fields a request may set. */
    public static final Set<String> FIELDS = Arrays.stream(EntryInput.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    public List<String> specializationsOrEmpty() {
        return specializations == null ? List.of() : specializations;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }
}
