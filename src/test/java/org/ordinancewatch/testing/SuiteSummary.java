package org.ordinancewatch.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of each half what did not run and why: tests skipped because the shared corpus or research data
 * ({@code ../shared}) is missing, and a PostgreSQL half that could not run. A green build that skipped them should
 * not look like one that did not.
 */
public class SuiteSummary implements TestExecutionListener {

    private volatile TestPlan plan;
    private final AtomicInteger withoutShared = new AtomicInteger();
    private final AtomicInteger withoutPostgres = new AtomicInteger();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.startsWith("PostgreSQL half not run")) {
            withoutPostgres.addAndGet(test.isTest() ? 1
                    : (int) plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable().map(Throwable::getMessage).filter(m -> m.contains(Fixtures.MISSING_SHARED)).isPresent()) {
            withoutShared.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String half = PostgresForSuite.postgresHalf() ? "PostgreSQL half" : "H2 half";
        if (withoutShared.get() > 0) {
            banner(withoutShared.get() + " TESTS OF THE " + half.toUpperCase() + " DID NOT RUN",
                    "the shared corpus or research data is missing beside the project (../shared); "
                            + "with CI=true they fail instead");
        }
        if (PostgresForSuite.unavailable() != null) {
            banner("THE POSTGRESQL HALF DID NOT RUN (" + withoutPostgres.get() + " tests skipped)",
                    PostgresForSuite.unavailable());
        } else if (PostgresForSuite.description() != null) {
            System.out.println("[suite] The PostgreSQL half ran on " + PostgresForSuite.description());
        }
    }

    static void banner(String title, String detail) {
        String rule = "!".repeat(100);
        System.out.println(rule + "\n!! " + title + "\n!! " + detail + "\n" + rule);
    }
}
