package org.ordinancewatch.alert.triggers;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.ordinancewatch.alert.AlertConfig;
import org.ordinancewatch.alert.outbox.AlertContent;
import org.ordinancewatch.alert.outbox.AlertKind;
import org.ordinancewatch.alert.outbox.Outbox;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Place;
import org.ordinancewatch.alert.triggers.SubscriptionMatcher.Topic;

/**
 * Tells an event to everyone in its scope in two steps. The change's transaction writes one {@link FanOut} row,
 * whatever the number of subscribers. The row is then expanded a batch of subscribers per transaction, in
 * subscriber id order: each batch writes its alerts and moves the row's cursor past them in the same transaction,
 * so a crash between batches loses nothing and a batch redone after a crash inside it writes no alert twice.
 * Each batch locks the row {@code FOR UPDATE SKIP LOCKED}: a second node (or thread) finds it taken and passes
 * over it, so no batch is expanded twice at once.
 */
@ApplicationScoped
public class FanOuts {

    private static final Logger LOG = Logger.getLogger(FanOuts.class);

    /** Fired in the change's transaction; {@link FanOutKick} expands the fan-out once the change is committed. */
    public record Started(long id) {
    }

    /** Where a fan-out stands after a batch. */
    public enum Progress {
        /** Subscribers remain. */
        MORE,
        /** Every subscriber in scope has been told. */
        FINISHED,
        /** Being expanded elsewhere, or finished already. */
        TAKEN
    }

    private final AlertConfig config;
    private final SubscriptionMatcher matcher;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final Event<Started> started;

    public FanOuts(AlertConfig config, SubscriptionMatcher matcher, Outbox outbox, EntityManager em, Clock clock,
            Event<Started> started) {
        this.config = config;
        this.matcher = matcher;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.started = started;
    }

    /**
     * In the change's transaction: records that everyone in scope of {@code place} who asked for {@code topic} is
     * to be told. Two statements whoever follows it; nothing when no one does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Topic topic, Place place, AlertKind kind, String eventKey, AlertContent shared) {
        if (!matcher.anyMatch(topic, place)) {
            return;
        }
        FanOut fanOut = new FanOut();
        fanOut.eventKey = eventKey;
        fanOut.kind = kind;
        fanOut.topic = topic;
        fanOut.environment = config.environment();
        fanOut.place(place);
        fanOut.payload = outbox.write(shared);
        fanOut.lastSubscriberId = 0;
        fanOut.createdAt = clock.instant();
        fanOut.persist();
        started.fire(new Started(fanOut.id));
    }

    /** Expands up to {@code maxBatches} batches, each in a transaction of its own, while the fan-out is ours. */
    public Progress expand(long id, int maxBatches) {
        Progress progress = Progress.MORE;
        for (int i = 0; i < maxBatches && progress == Progress.MORE; i++) {
            progress = QuarkusTransaction.requiringNew().call(() -> expandBatch(id));
        }
        return progress;
    }

    /** Finishes every fan-out of this deployment left unfinished (a stopped node, a failed batch). */
    public int finishUnfinished() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> FanOut.unfinished(config.environment()));
        int finished = 0;
        for (long id : ids) {
            try {
                if (expand(id, Integer.MAX_VALUE) == Progress.FINISHED) {
                    finished++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Fan-out %d failed a batch; the next run tries it again", id);
            }
        }
        return finished;
    }

    private Progress expandBatch(long id) {
        @SuppressWarnings("unchecked")
        List<Long> locked = em.createNativeQuery("select id from alert_fanout where id = :id and finished_at is null"
                + " for update skip locked", Long.class).setParameter("id", id).getResultList();
        if (locked.isEmpty()) {
            return Progress.TAKEN;
        }
        FanOut fanOut = FanOut.findById(id);
        Place place = fanOut.place();
        int size = config.fanOut().batchSize();
        List<Long> next = matcher.nextSubscribers(fanOut.topic, place, fanOut.lastSubscriberId, size);
        if (!next.isEmpty()) {
            long upTo = next.get(next.size() - 1);
            outbox.addAll(matcher.match(fanOut.topic, place, fanOut.lastSubscriberId, upTo), fanOut.kind,
                    fanOut.eventKey, outbox.read(fanOut.payload));
            fanOut.lastSubscriberId = upTo;
        }
        if (next.size() < size) {
            fanOut.finishedAt = clock.instant();
            return Progress.FINISHED;
        }
        return Progress.MORE;
    }
}
