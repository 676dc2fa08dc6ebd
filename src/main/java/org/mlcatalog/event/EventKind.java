package org.mlcatalog.event;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.problem.Problem.Violation;

@Singleton
public class EventKind extends EntryKind<Event, EventDetails> {

    public EventKind() {
        super(Kind.EVENT, Event.class, EventDetails.class, "event");
    }

    @Override
    public List<Violation> check(EventDetails details) {
        List<Violation> violations = new ArrayList<>(inOrder(details.startDate(), details.endDate()));
        if (details.endDate() != null && details.startDate() == null) {
            violations.add(new Violation("startDate", "is required when endDate is given"));
        }
        violations.addAll(locatable(details.online(), details.location()));
        return violations;
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("type", "k.type", EventType.class),
                FilterParameter.flag("online", "k.online"),
                FilterParameter.oneOf("recurrence", "k.recurrence", Recurrence.class));
    }

    @Override
    public Map<String, String> sortFields() {
        return Map.of("startDate", "k.start_date");
    }
}
