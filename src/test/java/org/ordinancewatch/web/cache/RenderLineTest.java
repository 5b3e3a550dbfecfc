package org.ordinancewatch.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The render slots and the line in front of them, on a real Vert.x event loop. */
class RenderLineTest {

    private final Vertx vertx = Vertx.vertx();
    private final Context context = vertx.getOrCreateContext();
    /** What each request was told, in order: "a went", "b refused". */
    private final List<String> told = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private final class Request implements RenderLine.Turn {
        final String name;
        final CompletableFuture<String> answer = new CompletableFuture<>();

        Request(String name) {
            this.name = name;
        }

        @Override
        public void go() {
            told.add(name + " went");
            answer.complete("went");
        }

        @Override
        public void refused() {
            told.add(name + " refused");
            answer.complete("refused");
        }

        String awaitAnswer() throws Exception {
            return answer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestBeyondTheSlotsWaitsAndGoesWhenARenderEnds() throws Exception {
        RenderLine line = new RenderLine(1, Duration.ofSeconds(30));
        Request a = new Request("a");
        Request b = new Request("b");
        line.enter(a, context);
        line.enter(b, context);

        assertThat(a.answer).isCompletedWithValue("went");
        assertThat(b.answer).as("waiting, not refused").isNotDone();
        assertThat(line.inLine()).isEqualTo(1);

        line.leave();
        assertThat(b.awaitAnswer()).isEqualTo("went");
        assertThat(line.inLine()).isZero();
        assertThat(line.free()).as("the slot went to b, not back to the free ones").isZero();
    }

    @Test
    void theLineIsFirstComeFirstServed() throws Exception {
        RenderLine line = new RenderLine(1, Duration.ofSeconds(30));
        Request a = new Request("a");
        Request b = new Request("b");
        Request c = new Request("c");
        line.enter(a, context);
        line.enter(b, context);
        line.enter(c, context);

        line.leave();
        assertThat(b.awaitAnswer()).isEqualTo("went");
        assertThat(c.answer).isNotDone();
        line.leave();
        assertThat(c.awaitAnswer()).isEqualTo("went");
        assertThat(told).containsExactly("a went", "b went", "c went");
    }

    @Test
    void aRequestStillInLineWhenItsTimeIsUpIsRefusedAndTakesNoSlot() throws Exception {
        RenderLine line = new RenderLine(1, Duration.ofMillis(50));
        Request a = new Request("a");
        Request b = new Request("b");
        line.enter(a, context);
        line.enter(b, context);

        assertThat(b.awaitAnswer()).isEqualTo("refused");
        assertThat(line.inLine()).isZero();
        line.leave();
        assertThat(line.free()).as("a's slot is free again, and b never held one").isEqualTo(1);
        Request c = new Request("c");
        line.enter(c, context);
        assertThat(c.answer).isCompletedWithValue("went");
    }

    @Test
    void withNoWaitARequestBeyondTheSlotsIsRefusedAtOnce() {
        RenderLine line = new RenderLine(2, Duration.ZERO);
        Request a = new Request("a");
        Request b = new Request("b");
        Request c = new Request("c");
        line.enter(a, context);
        line.enter(b, context);
        line.enter(c, context);

        assertThat(told).containsExactly("a went", "b went", "c refused");
        assertThat(line.inLine()).isZero();
    }
}
