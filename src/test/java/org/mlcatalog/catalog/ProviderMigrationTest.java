package org.mlcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V26 brings providers stored before requests were stripped into line with what a request may store
 * now. The migration ran on an empty catalog here, so its statement runs again over rows written the
 * old way, in a transaction that is rolled back.
 */
@QuarkusTest
class ProviderMigrationTest {

    private static final Path MIGRATION = Path.of("db-migrations", "V26__strip_entry_provider.sql");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void stripsStoredProvidersAndEmptiesOnesOfSpacesAlone() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                setProvider(connection, "mit-18-06-linear-algebra", " \tMIT OpenCourseWare\n ");
                setProvider(connection, "kaggle-learn-python", "   ");
                setProvider(connection, "fastai-practical-deep-learning-for-coders", "fast.ai  and  friends");

                try (Statement migration = connection.createStatement()) {
                    migration.execute(Files.readString(MIGRATION));
                }

                assertEquals("MIT OpenCourseWare", provider(connection, "mit-18-06-linear-algebra"));
                assertNull(provider(connection, "kaggle-learn-python"));
                assertEquals(
                        "fast.ai  and  friends", provider(connection, "fastai-practical-deep-learning-for-coders"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void setProvider(Connection connection, String id, String provider) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE entry SET provider = ? WHERE id = ?")) {
            statement.setString(1, provider);
            statement.setString(2, id);
            assertEquals(1, statement.executeUpdate(), "no seed entry " + id);
        }
    }

    private static String provider(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT provider FROM entry WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
