package org.mlcatalog.community;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** Where a community meets. */
public enum CommunityPlatform {
    FORUM,
    SUBREDDIT,
    DISCORD,
    SLACK,
    MEETUP,
    LINKEDIN,
    MAILING_LIST,
    Q_AND_A;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<CommunityPlatform> {
        public Converter() {
            super(CommunityPlatform.class);
        }
    }
}
