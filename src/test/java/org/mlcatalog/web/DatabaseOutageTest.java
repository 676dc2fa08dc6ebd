package org.mlcatalog.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlcatalog.support.ApiTest;

/** What a client sees while the database restarts under the service, and that the service recovers. */
@QuarkusTest
class DatabaseOutageTest extends ApiTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName")
    String applicationName;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void startTheNextTestWithFreshConnections() {
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
    }

    @Test
    void answersServiceUnavailableWithRetryAfterWhenTheDatabaseDropsItsConnectionsThenRecovers() throws SQLException {
        api().get("/api/v1/courses?size=1").then().statusCode(200);
        assertTrue(dropTheServicesSessions() > 0, "the pool held no session to drop");

        isProblem(api().get("/api/v1/courses?size=1").then(), 503)
                .header("Retry-After", equalTo("5"))
                .body("title", equalTo("Service unavailable"));

        // Each broken session is discarded once it fails; the pool then opens fresh ones.
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt <= poolSize && !statuses.contains(200); attempt++) {
            Response response = api().get("/api/v1/courses?size=1");
            statuses.add(response.statusCode());
        }
        assertTrue(statuses.stream().allMatch(status -> status == 503 || status == 200), statuses.toString());
        assertEquals(200, statuses.get(statuses.size() - 1), statuses.toString());
    }

    @Test
    void answersServiceUnavailableWithRetryAfterWhileEveryPooledConnectionIsBusy() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int connection = 0; connection < poolSize; connection++) {
                held.add(dataSource.getConnection());
            }
            isProblem(api().get("/api/v1/courses?size=1").then(), 503)
                    .header("Retry-After", equalTo("5"))
                    .body("title", equalTo("Service unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        api().get("/api/v1/courses?size=1").then().statusCode(200);
    }

    /** Ends every session of the service, as a server restart does, from a connection of its own; returns how many. */
    private int dropTheServicesSessions() throws SQLException {
        String sessions = " FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()";
        try (Connection outside = DriverManager.getConnection(url, user, password.orElse(""))) {
            int dropped = count(outside, "SELECT count(pg_terminate_backend(pid))" + sessions);
            for (int wait = 0; wait < 100 && count(outside, "SELECT count(*)" + sessions) > 0; wait++) {
                sleep();
            }
            return dropped;
        }
    }

    private int count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, applicationName);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
