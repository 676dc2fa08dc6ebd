package org.mlcatalog.course;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** How a course is delivered. */
public enum CourseFormat {
    SELF_PACED,
    SCHEDULED,
    LIVE;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<CourseFormat> {
        public Converter() {
            super(CourseFormat.class);
        }
    }
}
