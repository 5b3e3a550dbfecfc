package org.ordinancewatch.web.cache;

import java.time.Duration;
import java.util.ArrayDeque;

import io.vertx.core.Context;

/**
 * At most {@code size} pages render at once. A request beyond that waits in line, first come first served, for at
 * most {@code wait}: a slot that frees goes to the head of the line, and a request still waiting when its time is up
 * is refused. A burst of cache misses (pages expiring together, a story breaking) is absorbed by a short wait instead
 * of being answered 503, while a server that stays saturated still sheds load within {@code wait}.
 */
final class RenderLine {

    /** A request's turn: exactly one of the two is called, on the request's own context once it has waited. */
    interface Turn {
        void go();

        void refused();
    }

    private static final class Waiting {
        final Turn turn;
        final Context context;
        long timer;

        Waiting(Turn turn, Context context) {
            this.turn = turn;
            this.context = context;
        }
    }

    private enum Entry { GO, REFUSED, IN_LINE }

    private final long waitMillis;
    private final ArrayDeque<Waiting> line = new ArrayDeque<>();
    private int free;

    RenderLine(int size, Duration wait) {
        this.free = Math.max(1, size);
        this.waitMillis = wait.toMillis();
    }

    /** Calls {@code turn.go()} now if a slot is free, or later when one frees within the wait; else refuses. */
    void enter(Turn turn, Context context) {
        Entry entry;
        synchronized (this) {
            if (free > 0) {
                free--;
                entry = Entry.GO;
            } else if (waitMillis <= 0) {
                entry = Entry.REFUSED;
            } else {
                Waiting waiting = new Waiting(turn, context);
                line.add(waiting);
                // Set under the lock, so that leave() never cancels a timer not yet set.
                waiting.timer = context.owner().setTimer(waitMillis, id -> timeUp(waiting));
                entry = Entry.IN_LINE;
            }
        }
        if (entry == Entry.GO) {
            turn.go();
        } else if (entry == Entry.REFUSED) {
            turn.refused();
        }
    }

    /** A render has ended: its slot goes to the first request in line, or back to the free slots. */
    void leave() {
        Waiting next;
        synchronized (this) {
            next = line.poll();
            if (next == null) {
                free++;
                return;
            }
            next.context.owner().cancelTimer(next.timer);
        }
        next.context.runOnContext(v -> next.turn.go());
    }

    synchronized int inLine() {
        return line.size();
    }

    synchronized int free() {
        return free;
    }

    private void timeUp(Waiting waiting) {
        boolean stillInLine;
        synchronized (this) {
            stillInLine = line.remove(waiting);
        }
        if (stillInLine) {
            waiting.turn.refused();
        }
    }
}
