package org.yjhub.kit.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database being out of reach (503) rather than a fault (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreUnavailability() {
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("terminated", "08006"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException(
                new SQLTransientConnectionException("no connection available in time")))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("x", new ConnectException())))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new org.hibernate.exception.JDBCConnectionException("lost",
                new SQLException("lost")))).isTrue();
    }

    @Test
    void aDatabaseThatRefusesConnectionsOrIsShuttingDownIsUnavailability() {
        // what the drill met (ReliabilityIT): ALTER DATABASE … ALLOW_CONNECTIONS false, then a new connection
        assertThat(ProblemMappers.databaseUnavailable(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [FATAL: database \"performance\" is not currently accepting connections]",
                new SQLException("FATAL: database \"performance\" is not currently accepting connections", "55000"))))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("terminating connection due to administrator "
                + "command", "57P01"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("too many connections", "53300"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("no state"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new org.hibernate.exception.GenericJDBCException("could not execute "
                + "statement", new SQLException("currval of sequence is not yet defined", "55000")))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new NullPointerException())).isFalse();
    }
}
