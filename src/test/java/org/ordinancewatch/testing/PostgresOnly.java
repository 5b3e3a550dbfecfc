package org.ordinancewatch.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that mean nothing on the embedded H2 database (a database server going away): they run in the
 * PostgreSQL half of the suite (surefire execution {@code postgresql}, which CI runs with PostgreSQL up) and are
 * disabled, with this reason, in the H2 half. Use with {@code @ExtendWith(PostgresOnly.class)}.
 */
public class PostgresOnly implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return PostgresForSuite.postgresHalf() ? ConditionEvaluationResult.enabled("PostgreSQL half")
                : ConditionEvaluationResult.disabled("PostgreSQL only: runs in the PostgreSQL half of the suite");
    }

    /** The JDBC URL the PostgreSQL half uses (set by the build, or by {@link PostgresForSuite} for an embedded one). */
    public static String jdbcUrl() {
        return System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }
}
