package org.ordinancewatch.access;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes the audit log, in the transaction of the change it records. */
@ApplicationScoped
public class Audit {

    private final Clock clock;

    public Audit(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String target, String detail) {
        AuditEntry e = new AuditEntry();
        e.at = clock.instant();
        e.actor = actor;
        e.action = action;
        e.target = target;
        e.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        e.persist();
    }
}
