package org.ordinancewatch.alert.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.ordinancewatch.alert.outbox.Alert;
import org.ordinancewatch.alert.outbox.Alert.Delivery;
import org.ordinancewatch.alert.subscriptions.Subscriber;
import org.ordinancewatch.alert.subscriptions.Subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Operation(summary = "How the alert outbox stands (admins only)",
            description = "Counts of alerts by delivery state and of subscribers and subscriptions. Admin only, because "
                    + "the counts move when an address subscribes.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "example", value = org.ordinancewatch.web.api.ApiExamples.ALERT_COUNTS)))
    public AlertCounts counts() {
        return QuarkusTransaction.joiningExisting().call(() -> new AlertCounts(
                Alert.countByStatus(Delivery.PENDING), Alert.countByStatus(Delivery.SENT),
                Alert.countByStatus(Delivery.FAILED), Subscriber.count(),
                Subscription.count("confirmedAt is not null"), Subscription.count("confirmedAt is null")));
    }
}
