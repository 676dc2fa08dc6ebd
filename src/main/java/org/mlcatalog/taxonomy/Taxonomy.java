package org.mlcatalog.taxonomy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mlcatalog.problem.Problem.Violation;

/** The stages and specializations entries may be tagged with, and the checks that keep tags valid. */
@ApplicationScoped
public class Taxonomy {

    // The stages are fixed by the product and seeded once, so they are read once, as immutable values.
    private volatile List<StageRepresentation> stages;

    public List<StageRepresentation> stages() {
        List<StageRepresentation> known = stages;
        if (known == null) {
            known = Stage.<Stage>listAll(Sort.by("position")).stream()
                    .map(StageRepresentation::of)
                    .toList();
            stages = known;
        }
        return known;
    }

    public Optional<StageRepresentation> stage(String slug) {
        return stages().stream().filter(stage -> stage.slug().equals(slug)).findFirst();
    }

    public List<String> stageSlugs() {
        return stages().stream().map(StageRepresentation::slug).toList();
    }

    public List<String> specializationSlugs() {
        return Specialization.getEntityManager()
                .createQuery("select s.slug from Specialization s order by s.slug", String.class)
                .getResultList();
    }

    /** Stage slugs in the order of the guide. */
    public List<String> inGuideOrder(Collection<String> slugs) {
        return stageSlugs().stream().filter(slugs::contains).toList();
    }

    /** What is wrong with the stages and specializations of a write, if anything. */
    public List<Violation> check(List<String> stageSlugs, List<String> specializationSlugs) {
        List<Violation> violations = new ArrayList<>();
        checkAll("stages", stageSlugs, stageSlugs(), violations);
        checkAll("specializations", specializationSlugs, specializationSlugs(), violations);
        return violations;
    }

    private static void checkAll(String field, List<String> values, List<String> allowed, List<Violation> violations) {
        for (int index = 0; index < values.size(); index++) {
            String value = values.get(index);
            if (!allowed.contains(value)) {
                violations.add(new Violation(
                        "%s[%d]".formatted(field, index),
                        "has no value '%s'; allowed values: %s".formatted(value, String.join(", ", allowed))));
            } else if (values.indexOf(value) != index) {
                violations.add(new Violation("%s[%d]".formatted(field, index), "repeats '%s'".formatted(value)));
            }
        }
    }
}
