package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The settings every connection of the service's pool starts with. */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "catalog.db.schema")
    String schema;

    @Test
    void connectionsResolveNamesInTheCatalogSchemaAndSortInTheConfiguredMemory() {
        Object[] settings = (Object[]) entityManager
                .createNativeQuery("SELECT current_schema(), current_setting('work_mem')")
                .getSingleResult();
        assertEquals(List.of(schema, "16MB"), List.of(settings));
    }
}
