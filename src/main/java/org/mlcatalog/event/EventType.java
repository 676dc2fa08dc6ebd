package org.mlcatalog.event;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** What sort of gathering an event is. */
public enum EventType {
    CONFERENCE,
    WORKSHOP,
    MEETUP,
    SUMMER_SCHOOL,
    HACKATHON,
    WEBINAR;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<EventType> {
        public Converter() {
            super(EventType.class);
        }
    }
}
