package org.mlcatalog.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives the packaged service, which runs with the production profile, a schema of its own, dropped
 * before it starts so that its migrations run from the first: a running service's schema
 * ({@code catalog}) and the suite's ({@code catalog_test}) stay untouched.
 */
public class PackagedSchema implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEMA = "catalog_packaged";

    @Override
    public Map<String, String> start() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the schema " + SCHEMA, e);
        }
        return Map.of("catalog.db.schema", SCHEMA);
    }

    @Override
    public void stop() {}

    /**
     * A connection to the database the packaged service uses: the defaults of application.properties,
     * or the environment variables that override them, which the packaged service inherits.
     */
    public static Connection connect() throws SQLException {
        Map<String, String> environment = System.getenv();
        return DriverManager.getConnection(
                environment.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres"),
                environment.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                environment.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
    }
}
