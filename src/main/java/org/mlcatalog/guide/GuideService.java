package org.mlcatalog.guide;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlcatalog.entry.Cost;
import org.mlcatalog.entry.Entry;
import org.mlcatalog.entry.EntryRepository;
import org.mlcatalog.entry.EntryRepresentation;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Level;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.taxonomy.StageRepresentation;
import org.mlcatalog.taxonomy.Taxonomy;
import org.mlcatalog.web.EntityTags;
import org.mlcatalog.web.JsonBodies;
import org.mlcatalog.web.QueryParameters;

/**
 * Builds a learning path: for each stage, the entries curators feature first, then those that fit
 * the learner's specialization, level and budget best.
 */
@ApplicationScoped
public class GuideService {

    static final int ENTRIES_PER_STAGE = 5;

    private final GuideRepository features;
    private final EntryRepository entries;
    private final EntryService entryService;
    private final Taxonomy taxonomy;
    private final EntityTags tags;

    public GuideService(
            GuideRepository features,
            EntryRepository entries,
            EntryService entryService,
            Taxonomy taxonomy,
            EntityTags tags) {
        this.features = features;
        this.entries = entries;
        this.entryService = entryService;
        this.taxonomy = taxonomy;
        this.tags = tags;
    }

    @Transactional
    public LearningPath path(Map<String, List<String>> query) {
        QueryParameters.rejectUnknown(query, List.of("specialization", "level", "cost", "hoursPerWeek"));
        String specialization = QueryParameters.single(query, "specialization");
        String level = QueryParameters.single(query, "level");
        String cost = QueryParameters.single(query, "cost");
        String hours = QueryParameters.single(query, "hoursPerWeek");
        if (specialization != null) {
            FilterParameter.oneOf("specialization", "", taxonomy::specializationSlugs)
                    .parser()
                    .apply(specialization);
        }
        if (level != null) {
            FilterParameter.oneOf("level", "", Level.class).parser().apply(level);
        }
        if (cost != null) {
            FilterParameter.oneOf("cost", "", Cost.class).parser().apply(cost);
        }
        Integer hoursPerWeek = hours == null ? null : hoursPerWeek(hours);
        List<LearningPath.Step> steps = new ArrayList<>();
        for (StageRepresentation stage : taxonomy.stages()) {
            List<EntryRepresentation> chosen =
                    entries
                            .loadInOrder(features.best(stage.slug(), specialization, level, cost, ENTRIES_PER_STAGE))
                            .stream()
                            .map(entryService::represent)
                            .toList();
            int courseHours = chosen.stream()
                    .map(entry -> entry.details() instanceof org.mlcatalog.course.CourseDetails course
                            ? course.durationHours()
                            : null)
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .sum();
            Integer weeks = hoursPerWeek == null ? null : (courseHours + hoursPerWeek - 1) / hoursPerWeek;
            steps.add(new LearningPath.Step(
                    stage.slug(), stage.position(), stage.name(), stage.description(), chosen, courseHours, weeks));
        }
        return new LearningPath(specialization, level, cost, hoursPerWeek, steps);
    }

    private static int hoursPerWeek(String value) {
        if (value.matches("[0-9]{1,3}")) {
            int hours = Integer.parseInt(value);
            if (hours >= 1 && hours <= 168) {
                return hours;
            }
        }
        throw ProblemException.invalid("hoursPerWeek", "must be a whole number of hours from 1 to 168");
    }

    /**
     * Replaces the entries featured at a stage, first one first, if the client's {@code If-Match}
     * names the current ones (or there is none). Replacements of one stage take turns.
     */
    @Transactional
    public Featured feature(String stage, String ifMatch, JsonNode body) {
        if (taxonomy.stage(stage).isEmpty()) {
            throw ProblemException.notFound("There is no stage '%s'.".formatted(stage));
        }
        Featured current = new Featured(features.lockFeatured(stage));
        if (ifMatch != null && !EntityTags.matchesStrongly(ifMatch, tags.of(current))) {
            throw ProblemException.preconditionFailed(
                    "The entries featured at this stage have changed since the answer whose ETag If-Match names."
                            + " The guide shows them as they are now; send the ETag of the latest answer to this PUT,"
                            + " or no If-Match.");
        }
        JsonBodies.requireObject(body, "featured entries");
        JsonNode ids = body.get("entries");
        if (ids == null || !ids.isArray() || body.size() != 1) {
            throw ProblemException.invalid("entries", "must be the only field: an array of entry ids, first one first");
        }
        Set<String> featured = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            Entry entry = id.isTextual() ? entries.findById(id.textValue()) : null;
            if (entry == null) {
                throw ProblemException.invalid("entries", "names no entry: " + id);
            }
            if (!entry.stages.contains(stage)) {
                throw ProblemException.invalid("entries", "names an entry that is not tagged with this stage: " + id);
            }
            if (!featured.add(id.textValue())) {
                throw ProblemException.invalid("entries", "repeats " + id);
            }
        }
        if (featured.size() > 20) {
            throw ProblemException.invalid("entries", "may feature at most 20 entries per stage");
        }
        features.replace(stage, List.copyOf(featured));
        return new Featured(List.copyOf(featured));
    }
}
