import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * For the alert fan-out benchmark: N confirmed subscribers, each following everything with immediate status-change
 * alerts, so that one status change is in scope of all of them. Rows are marked ("fanout-…@bench.invalid") and a
 * run first deletes those of an earlier run (and their alerts). The schema must exist (start the app once).
 *
 * java -cp "target/quarkus-app/lib/main/*" bench/Subscribers.java JDBC_URL USER PASSWORD N ENVIRONMENT
 */
public class Subscribers {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[3]);
        String environment = args[4];
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                String mine = "SELECT id FROM subscriber WHERE email LIKE 'fanout-%@bench.invalid'";
                s.executeUpdate("DELETE FROM alert WHERE subscriber_id IN (" + mine + ")");
                s.executeUpdate("DELETE FROM subscription WHERE subscriber_id IN (" + mine + ")");
                s.executeUpdate("DELETE FROM subscriber WHERE email LIKE 'fanout-%@bench.invalid'");
            }
            long base;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM subscriber")) {
                r.next();
                base = r.getLong(1) + 1000;
            }
            java.util.Random random = new java.util.Random(13);
            try (PreparedStatement sub = db.prepareStatement("INSERT INTO subscriber (id, email, timezone, link_salt,"
                    + " confirmed_at, created_at, environment) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement subscription = db.prepareStatement("INSERT INTO subscription (subscriber_id, scope,"
                            + " target, status_changes, detections, hearings, sunsets, cadence, confirmed_at, created_at)"
                            + " VALUES (?, 'EVERYTHING', NULL, true, false, false, false, 'IMMEDIATE', ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    sub.setLong(1, base + i);
                    sub.setString(2, "fanout-" + i + "@bench.invalid");
                    sub.setString(3, "America/New_York");
                    sub.setString(4, Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
                    sub.setTimestamp(5, Timestamp.from(now));
                    sub.setTimestamp(6, Timestamp.from(now));
                    sub.setString(7, environment);
                    sub.addBatch();
                    subscription.setLong(1, base + i);
                    subscription.setTimestamp(2, Timestamp.from(now));
                    subscription.setTimestamp(3, Timestamp.from(now));
                    subscription.addBatch();
                    if (i % 1000 == 999) {
                        sub.executeBatch();
                        subscription.executeBatch();
                    }
                }
                sub.executeBatch();
                subscription.executeBatch();
            }
            db.commit();
            System.out.println("subscribers " + count);
        }
    }
}
