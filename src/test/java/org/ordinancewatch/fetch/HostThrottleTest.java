package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A request slot is free once the response has arrived, before the fetching thread closes its permit; closing
 * afterwards gives nothing back twice, and the host stays busy (its lock and pause) until the close.
 */
class HostThrottleTest {

    private final FakeTime time = new FakeTime();
    private final HostThrottle throttle = new HostThrottle(2, Duration.ofSeconds(1), time, time);

    @Test
    void theSlotIsFreeWhenTheResponseEndsAndTheCloseGivesNothingBackTwice() throws Exception {
        HostThrottle.Permit first = throttle.acquire("a.example:80");
        HostThrottle.Permit second = throttle.acquire("b.example:80");
        assertThat(throttle.freeSlots()).isZero();

        first.responseEnded();
        first.responseEnded();
        assertThat(throttle.freeSlots()).as("the first response has arrived").isEqualTo(1);

        first.close();
        second.close();
        assertThat(throttle.freeSlots()).as("every slot back once").isEqualTo(2);
    }

    @Test
    void aPermitClosedWithoutItsResponseEndingStillFreesItsSlot() throws Exception {
        HostThrottle.Permit permit = throttle.acquire("a.example:80");

        permit.close();

        assertThat(throttle.freeSlots()).isEqualTo(2);
    }

    @Test
    void theHostsPauseRunsFromTheCloseNotFromTheResponse() throws Exception {
        HostThrottle.Permit permit = throttle.acquire("a.example:80");
        permit.responseEnded();
        time.advance(Duration.ofMillis(300));
        permit.close();
        java.time.Instant closed = time.instant();

        throttle.acquire("a.example:80").close();

        assertThat(Duration.between(closed, time.instant())).isEqualTo(Duration.ofSeconds(1));
    }
}
