package org.ordinancewatch.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** On the PostgreSQL half, skips every test when no PostgreSQL could be found or started (see {@link PostgresForSuite}). */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String unavailable = PostgresForSuite.unavailable();
        return unavailable == null ? ConditionEvaluationResult.enabled("PostgreSQL available or H2 half")
                : ConditionEvaluationResult.disabled("PostgreSQL half not run: " + unavailable);
    }
}
