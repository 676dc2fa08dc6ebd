package org.mlcatalog.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@ApplicationScoped
public class ReadingKind extends EntryKind<Reading, ReadingDetails> {

    public ReadingKind() {
        super(Kind.READING, Reading.class, ReadingDetails.class, "reading");
    }

    @Override
    public Reading newEntity() {
        return new Reading();
    }

    @Override
    public ReadingDetails detailsOf(Reading reading) {
        return new ReadingDetails(reading.format, List.copyOf(reading.authors), reading.year, reading.freeOnline);
    }

    @Override
    public void applyDetails(ReadingDetails details, Reading reading) {
        reading.format = details.format();
        reading.authors = details.authors() == null ? new ArrayList<>() : new ArrayList<>(details.authors());
        reading.year = details.year();
        reading.freeOnline = details.freeOnline();
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
