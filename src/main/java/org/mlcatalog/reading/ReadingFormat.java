package org.mlcatalog.reading;

import com.fasterxml.jackson.annotation.JsonValue;
import org.mlcatalog.entry.Slugs;

/** What sort of text a reading is. */
public enum ReadingFormat {
    BOOK,
    PAPER,
    ARTICLE,
    GUIDE;

    @JsonValue
    @Override
    public String toString() {
        return Slugs.of(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Slugs.Converter<ReadingFormat> {
        public Converter() {
            super(ReadingFormat.class);
        }
    }
}
