package org.mlcatalog.community;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields only communities have; a community that meets in person says where. */
public record CommunityDetails(
        @NotNull CommunityPlatform platform,
        @NotNull Boolean online,
        @Size(min = 1, max = 200) String location) {}
