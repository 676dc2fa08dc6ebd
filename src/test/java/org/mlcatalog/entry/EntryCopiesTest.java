package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copies of an entry's stages and specializations on its own row, which search and lists read,
 * follow every change of the link tables, whoever makes it. Changes here are rolled back.
 */
@QuarkusTest
class EntryCopiesTest {

    private static final String FIRST = "mit-18-06-linear-algebra";
    private static final String SECOND = "kaggle-learn-python";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyEntryHoldsExactlyItsLinkedStagesAndSpecializations() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM entry e"
                        + " WHERE e.stages <> ARRAY(SELECT stage FROM entry_stage WHERE entry_id = e.id ORDER BY 1)"
                        + " OR e.specializations <> ARRAY(SELECT specialization FROM entry_specialization"
                        + "                               WHERE entry_id = e.id ORDER BY 1)");
                ResultSet result = statement.executeQuery()) {
            result.next();
            assertEquals(0, result.getLong(1));
        }
    }

    @Test
    void followInsertsUpdatesAndDeletesOfTheLinkTables() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "DELETE FROM entry_stage WHERE entry_id IN (?, ?)", FIRST, SECOND);
                execute(connection, "INSERT INTO entry_stage VALUES (?, 'theory'), (?, 'foundations')", FIRST, FIRST);
                assertEquals(List.of("foundations", "theory"), column(connection, "stages", FIRST));
                assertEquals(List.of(), column(connection, "stages", SECOND));

                execute(
                        connection,
                        "UPDATE entry_stage SET entry_id = ? WHERE entry_id = ? AND stage = 'theory'",
                        SECOND,
                        FIRST);
                assertEquals(List.of("foundations"), column(connection, "stages", FIRST));
                assertEquals(List.of("theory"), column(connection, "stages", SECOND));

                execute(connection, "DELETE FROM entry_specialization WHERE entry_id = ?", FIRST);
                execute(connection, "INSERT INTO entry_specialization VALUES (?, 'robotics')", FIRST);
                assertEquals(List.of("robotics"), column(connection, "specializations", FIRST));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setString(index + 1, parameters[index]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> column(Connection connection, String column, String id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT " + column + " FROM entry WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return Arrays.asList((String[]) result.getArray(1).getArray());
            }
        }
    }
}
