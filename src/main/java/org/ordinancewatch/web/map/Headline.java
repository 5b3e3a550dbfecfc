package org.ordinancewatch.web.map;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.ordinancewatch.model.Status;

/**
 * The one status a place is coloured by when it has several measures: the strongest protection that stands
 * (in force before weakened before passed), then what is still moving, then what ended.
 */
public final class Headline {

    private static final List<Status> ORDER = List.of(Status.IN_FORCE, Status.WEAKENED, Status.PASSED,
            Status.IN_COMMITTEE, Status.PROPOSED, Status.PENDING, Status.EXPIRED, Status.REPEALED, Status.VETOED,
            Status.FAILED, Status.WITHDRAWN);

    private Headline() {
    }

    /** The headline among these statuses (nulls ignored), or null when there is none. */
    public static Status of(Collection<Status> statuses) {
        return statuses.stream().filter(Objects::nonNull).min((a, b) -> Integer.compare(rank(a), rank(b))).orElse(null);
    }

    static int rank(Status s) {
        int i = ORDER.indexOf(s);
        return i < 0 ? ORDER.size() : i;
    }
}
