package org.ordinancewatch.alert.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.ordinancewatch.alert.Alert;
import org.ordinancewatch.alert.Alert.Delivery;
import org.ordinancewatch.alert.Subscriber;
import org.ordinancewatch.alert.Subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code GET /api/admin/alerts}: how the outbox stands. Admins only: its counts move when an address
 * subscribes, so they would tell a stranger whether an address is subscribed.
 */
@Path("/api/admin/alerts")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AlertAdminApi {

    public record AlertCounts(long pending, long sent, long failed, long subscribers, long confirmedSubscriptions,
            long unconfirmedSubscriptions) {
    }

    @GET
    public AlertCounts counts() {
        return QuarkusTransaction.joiningExisting().call(() -> new AlertCounts(
                Alert.countByStatus(Delivery.PENDING), Alert.countByStatus(Delivery.SENT),
                Alert.countByStatus(Delivery.FAILED), Subscriber.count(),
                Subscription.count("confirmedAt is not null"), Subscription.count("confirmedAt is null")));
    }
}
