package org.mlcatalog.guide;

import java.util.List;
import org.mlcatalog.entry.EntryRepresentation;

/**
 * The guide's seven stages in order, each with the entries that best fit the learner, and a rough
 * time estimate from the durations of its courses.
 */
public record LearningPath(String specialization, String level, String cost, Integer hoursPerWeek, List<Step> stages) {

    /** One stage: what a learner does there, what to use, and about how long its courses take. */
    public record Step(
            String slug,
            int position,
            String name,
            String description,
            List<EntryRepresentation> entries,
            int courseHours,
            Integer estimatedWeeks) {}
}
