package org.mlcatalog.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database failures answer 503 (retry later) rather than 500 or a 4xx. */
class LostDatabaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "57P02", "57P03"})
    void treatsNoConnectionAndServerShutdownAsALostDatabase(String state) {
        assertTrue(ProblemMappers.lostDatabase(new SQLException("gone", state)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "57014", "42P01", "22001"})
    void leavesFailuresOfTheStatementItselfToTheOtherMappings(String state) {
        assertFalse(ProblemMappers.lostDatabase(new SQLException("failed", state)));
    }

    @Test
    void treatsHibernatesConnectionFailureAsALostDatabaseAndAStatelessFailureAsNot() {
        assertTrue(ProblemMappers.lostDatabase(new JDBCConnectionException("refused", new SQLException("refused"))));
        assertFalse(ProblemMappers.lostDatabase(new SQLException("no state")));
    }

    @Test
    void treatsThePoolsAcquisitionTimeoutAsOverloadAndOtherStatelessFailuresAsNot() {
        assertTrue(ProblemMappers.poolExhausted(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(ProblemMappers.poolExhausted(new SQLException("no state")));
        assertFalse(ProblemMappers.poolExhausted(new SQLException("acquisition timeout", "42P01")));
        assertFalse(ProblemMappers.lostDatabase(new SQLException("Sorry, acquisition timeout!")));
    }
}
