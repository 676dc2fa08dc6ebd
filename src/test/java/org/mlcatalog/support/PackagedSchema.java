package org.mlcatalog.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the packaged service, which runs with the production profile, at a schema of its own,
 * emptied and migrated afresh at its start: a running service's schema ({@code catalog}) and the
 * suite's ({@code catalog_test}) stay untouched.
 */
public class PackagedSchema implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEMA = "catalog_packaged";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "catalog.db.schema", SCHEMA,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }

    @Override
    public void stop() {}
}
