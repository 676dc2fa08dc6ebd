package org.mlcatalog.taxonomy;

/** A guide stage as the API returns it. */
public record StageRepresentation(String slug, int position, String name, String description) {

    static StageRepresentation of(Stage stage) {
        return new StageRepresentation(stage.slug, stage.position, stage.name, stage.description);
    }
}
