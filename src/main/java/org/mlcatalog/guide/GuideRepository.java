package org.mlcatalog.guide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The SQL of the learning path: ranking a stage's entries, and the entries curators feature. */
@ApplicationScoped
public class GuideRepository {

    private final EntityManager entityManager;

    public GuideRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The stage's best entries: featured ones in their curators' order, then those of the
     * specialization, then general foundations, preferring the learner's level; a free budget
     * keeps to free and freemium entries.
     */
    @SuppressWarnings("unchecked")
    public List<String> best(String stage, String specialization, String level, String cost, int limit) {
        String sql = "SELECT e.id FROM entry e JOIN entry_stage s ON s.entry_id = e.id AND s.stage = :stage"
                + " LEFT JOIN guide_feature f ON f.entry_id = e.id AND f.stage = :stage"
                + " WHERE (CAST(:cost AS text) IS NULL OR CAST(:cost AS text) = 'paid' OR e.cost IN ('free', 'freemium'))"
                + " ORDER BY f.rank ASC NULLS LAST,"
                + " EXISTS (SELECT 1 FROM entry_specialization t WHERE t.entry_id = e.id"
                + "         AND t.specialization = CAST(:specialization AS text)) DESC,"
                + " EXISTS (SELECT 1 FROM entry_specialization t WHERE t.entry_id = e.id"
                + "         AND t.specialization = 'ml-foundations') DESC,"
                + " (e.level = CAST(:level AS text)) DESC NULLS LAST,"
                + " (e.cost = 'free') DESC, e.title, e.id"
                + " LIMIT :limit";
        return entityManager
                .createNativeQuery(sql)
                .setParameter("stage", stage)
                .setParameter("specialization", specialization)
                .setParameter("level", level)
                .setParameter("cost", cost)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * The entries featured at a stage, first one first, after locking the stage until the
     * transaction ends, so that replacements of its features take turns. The lock is the weaker
     * one that writes of entries tagged with the stage (their foreign keys) do not wait for.
     */
    @SuppressWarnings("unchecked")
    public List<String> lockFeatured(String stage) {
        entityManager
                .createNativeQuery("SELECT slug FROM stage WHERE slug = :stage FOR NO KEY UPDATE")
                .setParameter("stage", stage)
                .getResultList();
        return entityManager
                .createNativeQuery("SELECT entry_id FROM guide_feature WHERE stage = :stage ORDER BY rank")
                .setParameter("stage", stage)
                .getResultList();
    }

    /** Replaces the entries featured at a stage with these, first one first. */
    public void replace(String stage, List<String> featured) {
        entityManager
                .createNativeQuery("DELETE FROM guide_feature WHERE stage = :stage")
                .setParameter("stage", stage)
                .executeUpdate();
        int rank = 1;
        for (String id : featured) {
            entityManager
                    .createNativeQuery("INSERT INTO guide_feature (stage, entry_id, rank) VALUES (:stage, :id, :rank)")
                    .setParameter("stage", stage)
                    .setParameter("id", id)
                    .setParameter("rank", rank++)
                    .executeUpdate();
        }
    }
}
