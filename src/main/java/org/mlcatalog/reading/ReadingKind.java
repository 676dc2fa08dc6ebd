package org.mlcatalog.reading;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@Singleton
public class ReadingKind extends EntryKind<Reading, ReadingDetails> {

    public ReadingKind() {
        super(Kind.READING, Reading.class, ReadingDetails.class, "reading");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("format", "k.format", ReadingFormat.class),
                FilterParameter.flag("freeOnline", "k.free_online"));
    }

    @Override
    public Map<String, String> sortFields() {
        return Map.of("year", "k.year");
    }
}
