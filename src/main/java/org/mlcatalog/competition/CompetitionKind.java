package org.mlcatalog.competition;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.problem.Problem.Violation;

@Singleton
public class CompetitionKind extends EntryKind<Competition, CompetitionDetails> {

    /** The same rule as {@link Competition#statusOn}, evaluated by the database for filtering. */
    public static final String STATUS = "CASE WHEN k.start_date > (now() AT TIME ZONE 'UTC')::date THEN 'upcoming'"
            + " WHEN k.end_date IS NULL THEN 'ongoing'"
            + " WHEN k.end_date < (now() AT TIME ZONE 'UTC')::date THEN 'closed' ELSE 'open' END";

    public CompetitionKind() {
        super(Kind.COMPETITION, Competition.class, CompetitionDetails.class, "competition");
    }

    @Override
    public List<Violation> check(CompetitionDetails details) {
        return inOrder(details.startDate(), details.endDate());
    }

    @Override
    public Set<String> readOnlyFields() {
        return Set.of("status");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.slug("platform", "k.platform"),
                FilterParameter.oneOf("status", STATUS, CompetitionStatus.class));
    }

    @Override
    public Map<String, String> sortFields() {
        return Map.of("startDate", "k.start_date", "endDate", "k.end_date");
    }
}
