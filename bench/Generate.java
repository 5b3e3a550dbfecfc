import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Fills an Ordinance Watch database with a synthetic dataset the size of a national tracker: 2,000 places,
 * 10,000 measures (each with sources and two or three status changes), 50,000 meetings spread over the year,
 * 500,000 agenda items (1% about face recognition, linked to a measure of their place) and 100,000 confirmed
 * subscribers, each with one confirmed subscription (every scope and cadence). Fixed random seed: the same rows
 * every run. Every generated row is marked (slugs and keys "gen-…", emails "…@bench.invalid") and a run first
 * deletes the rows an earlier run made, so it can be repeated. The schema must exist (start the app once).
 *
 * java -cp "target/quarkus-app/lib/main/*" bench/Generate.java JDBC_URL USER PASSWORD [SCALE]
 */
public class Generate {

    static final String[] STARTS = {"Spring", "River", "Oak", "Maple", "Cedar", "Lake", "Fair", "Green", "Mill",
            "Harbor", "Clear", "Pine", "Rock", "Glen", "Brook", "Elm", "Ash", "Bay", "Stone", "Ridge", "Sun", "West",
            "North", "East", "South", "Mount", "Red", "White", "Silver", "Cherry"};
    static final String[] ENDS = {"field", "ton", "ville", "wood", "port", "dale", "burg", "view", "ford", "haven",
            "mont", "side", "land", "water", "creek", "crest"};
    static final String[] STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
            "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
            "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
    static final String[] KINDS = {"ban", "ban", "moratorium", "oversight", "oversight", "regulation", "repeal",
            "surveillance_proposal", "other"};
    static final String[] STATUSES = {"proposed", "in_committee", "in_committee", "passed", "in_force", "in_force",
            "in_force", "weakened", "expired", "repealed", "failed", "withdrawn", "vetoed"};
    static final String[] TOPICS = {"facial recognition technology", "face surveillance", "biometric surveillance",
            "surveillance technology oversight", "automated license plate readers", "police body cameras"};
    static final String[] OTHER_ITEMS = {"Budget amendment for the parks department", "Zoning variance on Main Street",
            "Appointment to the library board", "Water main replacement contract", "Proclamation honoring volunteers",
            "Snow removal agreement", "Public hearing on sidewalk repairs", "Minutes of the previous meeting",
            "Traffic signal at Elm and 3rd", "Lease of city-owned property"};

    final Connection db;
    final Random random = new Random(20261205L);
    final double scale;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final LocalDate today = LocalDate.now();
    final boolean postgres;

    Generate(Connection db, double scale) throws SQLException {
        this.db = db;
        this.scale = scale;
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Generate JDBC_URL USER PASSWORD [SCALE]");
            System.exit(2);
        }
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            new Generate(db, scale).run();
        }
    }

    int n(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    void run() throws SQLException {
        long started = System.nanoTime();
        deleteEarlierRun();
        long jBase = next("jurisdiction"), mBase = next("measure"), meetBase = next("meeting");
        long subBase = next("subscriber");
        int places = n(2000), measuresPerPlace = 5, meetingsPerPlace = 25, itemsPerMeeting = 10;
        int measures = places * measuresPerPlace;
        int meetings = places * meetingsPerPlace;
        int subscribers = n(100_000);

        timed("jurisdiction", places, () -> jurisdictions(jBase, places));
        timed("measure", measures, () -> measures(jBase, mBase, places, measuresPerPlace));
        timed("measure_source", -1, () -> sources(mBase, measures));
        timed("status_change", -1, () -> changes(mBase, measures));
        timed("meeting", meetings, () -> meetings(jBase, meetBase, places, meetingsPerPlace));
        timed("agenda_item", meetings * itemsPerMeeting,
                () -> items(mBase, meetBase, places, meetingsPerPlace, itemsPerMeeting, measuresPerPlace));
        timed("subscriber", subscribers, () -> subscribers(subBase, subscribers, jBase, mBase, places, measures));
        for (String table : new String[] {"jurisdiction", "measure", "measure_source", "status_change", "meeting",
                "agenda_item", "subscriber", "subscription"}) {
            restartIdentity(table);
        }
        bumpDataVersion();
        db.commit();
        System.out.printf("done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    interface Step {
        void run() throws SQLException;
    }

    void timed(String table, int rows, Step step) throws SQLException {
        long t = System.nanoTime();
        step.run();
        db.commit();
        System.out.printf("%-15s %,9d rows in %5.1f s%n", table, rows < 0 ? count(table) : rows,
                (System.nanoTime() - t) / 1e9);
    }

    void deleteEarlierRun() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM agenda_item WHERE meeting_id IN (SELECT id FROM meeting WHERE source_key LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM agenda_item WHERE measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM meeting WHERE source_key LIKE 'gen-%'");
            s.executeUpdate("DELETE FROM measure_link WHERE from_measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')"
                    + " OR to_measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM status_change WHERE measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM measure_source WHERE measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM history_row_seen WHERE measure_id IN (SELECT id FROM measure WHERE slug LIKE 'gen-%')");
            s.executeUpdate("DELETE FROM measure WHERE slug LIKE 'gen-%'");
            s.executeUpdate("DELETE FROM jurisdiction WHERE slug LIKE 'gen-%'");
            s.executeUpdate("DELETE FROM alert WHERE subscriber_id IN (SELECT id FROM subscriber WHERE email LIKE '%@bench.invalid')");
            s.executeUpdate("DELETE FROM subscription WHERE subscriber_id IN (SELECT id FROM subscriber WHERE email LIKE '%@bench.invalid')");
            s.executeUpdate("DELETE FROM subscriber WHERE email LIKE '%@bench.invalid'");
        }
        db.commit();
    }

    void jurisdictions(long base, int places) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO jurisdiction (id, slug, name, level, region,"
                + " country, latitude, longitude, timezone, updated_at) VALUES (?, ?, ?, ?, ?, 'US', ?, ?, ?, ?)")) {
            for (int i = 0; i < places; i++) {
                String name = STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
                String state = STATES[random.nextInt(STATES.length)];
                double lat = 25.5 + random.nextDouble() * 23, lon = -123.5 + random.nextDouble() * 55;
                p.setLong(1, base + i);
                p.setString(2, "gen-" + name.toLowerCase() + "-" + state.toLowerCase() + "-" + i);
                p.setString(3, name + " " + (i + 1));
                p.setString(4, i % 10 == 9 ? "county" : i % 10 == 8 ? "town" : "city");
                p.setString(5, state);
                p.setDouble(6, lat);
                p.setDouble(7, lon);
                p.setString(8, lon < -115 ? "America/Los_Angeles" : lon < -102 ? "America/Denver"
                        : lon < -87 ? "America/Chicago" : "America/New_York");
                p.setTimestamp(9, Timestamp.from(now));
                batch(p, i);
            }
            p.executeBatch();
        }
    }

    void measures(long jBase, long mBase, int places, int perPlace) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO measure (id, slug, jurisdiction_id, identifier, title,"
                + " kind, scope, status, status_on, decided_on, effective_on, sunset_on, vote, notes, origin, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SEED', ?, ?)")) {
            int k = 0;
            for (int j = 0; j < places; j++) {
                for (int m = 0; m < perPlace; m++, k++) {
                    String kind = KINDS[random.nextInt(KINDS.length)];
                    String sunset = kind.equals("moratorium") ? today.plusDays(random.nextInt(900) - 300).toString() : null;
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    if (sunset != null && sunset.compareTo(today.toString()) < 0
                            && (status.equals("in_force") || status.equals("passed") || status.equals("weakened"))) {
                        status = "expired"; // as the sunset rule would have made it
                    }
                    LocalDate decided = today.minusDays(random.nextInt(8 * 365));
                    String decidedOn = random.nextInt(5) == 0 ? decided.toString().substring(0, 7) : decided.toString();
                    p.setLong(1, mBase + k);
                    p.setString(2, "gen-m-" + k);
                    p.setLong(3, jBase + j);
                    p.setString(4, "Ord. " + (2018 + random.nextInt(9)) + "-" + (100 + random.nextInt(900)));
                    p.setString(5, titleFor(kind));
                    p.setString(6, kind);
                    p.setString(7, "City departments and contractors");
                    p.setString(8, status);
                    p.setString(9, decidedOn);
                    p.setString(10, status.equals("proposed") || status.equals("in_committee") ? null : decidedOn);
                    p.setString(11, status.equals("in_force") ? decided.plusDays(30).toString() : null);
                    p.setString(12, sunset);
                    p.setString(13, random.nextBoolean() ? (5 + random.nextInt(5)) + "-" + random.nextInt(4) : null);
                    p.setString(14, "Synthetic benchmark row.");
                    p.setTimestamp(15, Timestamp.from(now));
                    p.setTimestamp(16, Timestamp.from(now));
                    batch(p, k);
                }
            }
            p.executeBatch();
        }
    }

    static String titleFor(String kind) {
        return switch (kind) {
            case "ban" -> "Ban on city use of face recognition technology";
            case "moratorium" -> "Moratorium on facial recognition technology";
            case "oversight" -> "Surveillance technology oversight ordinance";
            case "regulation" -> "Regulation of biometric surveillance by city agencies";
            case "repeal" -> "Repeal of the face recognition ban";
            case "surveillance_proposal" -> "Purchase of facial recognition software for the police department";
            default -> "Resolution on face surveillance";
        };
    }

    void sources(long mBase, int measures) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO measure_source (measure_id, position, label, url) VALUES (?, ?, ?, ?)")) {
            int row = 0;
            for (int k = 0; k < measures; k++) {
                int count = 1 + random.nextInt(3);
                for (int s = 0; s < count; s++, row++) {
                    p.setLong(1, mBase + k);
                    p.setInt(2, s);
                    p.setString(3, s == 0 ? "Council record" : "News report " + s);
                    p.setString(4, "https://example.org/gen/" + k + "/" + s);
                    batch(p, row);
                }
            }
            p.executeBatch();
        }
    }

    void changes(long mBase, int measures) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO status_change (measure_id, from_status, to_status,"
                + " occurred_on, recorded_at, reason, source_label, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int row = 0;
            for (int k = 0; k < measures; k++) {
                LocalDate introduced = today.minusDays(400 + random.nextInt(2500));
                String[] path = random.nextBoolean() ? new String[] {null, "proposed", "in_committee"}
                        : new String[] {null, "proposed", "in_committee", STATUSES[random.nextInt(STATUSES.length)]};
                for (int s = 1; s < path.length; s++, row++) {
                    p.setLong(1, mBase + k);
                    p.setString(2, path[s - 1]);
                    p.setString(3, path[s]);
                    p.setString(4, introduced.plusDays(60L * s).toString());
                    p.setTimestamp(5, Timestamp.from(now.minus(400 - s, ChronoUnit.DAYS)));
                    p.setString(6, "curator:bench/Generate.java");
                    p.setString(7, "Council record");
                    p.setString(8, "https://example.org/gen/" + k);
                    batch(p, row);
                }
            }
            p.executeBatch();
        }
    }

    void meetings(long jBase, long meetBase, int places, int perPlace) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO meeting (id, jurisdiction_id, source_key, body,"
                + " title, start_at, location, status, url, agenda_url, first_seen_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int k = 0;
            for (int j = 0; j < places; j++) {
                for (int m = 0; m < perPlace; m++, k++) {
                    Instant start = now.plus(random.nextInt(365) - 300, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.DAYS).plus(17 + random.nextInt(3), ChronoUnit.HOURS);
                    p.setLong(1, meetBase + k);
                    p.setLong(2, jBase + j);
                    p.setString(3, "gen-mt-" + k);
                    p.setString(4, m % 3 == 0 ? "Public Safety Committee" : "City Council");
                    p.setString(5, "Regular meeting");
                    p.setTimestamp(6, Timestamp.from(start));
                    p.setString(7, "Council Chambers, City Hall");
                    p.setString(8, start.isBefore(now) ? "HELD" : random.nextInt(40) == 0 ? "CANCELLED" : "SCHEDULED");
                    p.setString(9, "https://example.org/gen/meeting/" + k);
                    p.setString(10, "https://example.org/gen/meeting/" + k + "/agenda.pdf");
                    p.setTimestamp(11, Timestamp.from(now));
                    p.setTimestamp(12, Timestamp.from(now));
                    batch(p, k);
                }
            }
            p.executeBatch();
        }
    }

    void items(long mBase, long meetBase, int places, int meetingsPerPlace, int perMeeting, int measuresPerPlace)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO agenda_item (meeting_id, item_key, number,"
                + " file_number, title, action, relevant, matched_terms, measure_id, first_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int row = 0;
            for (int j = 0; j < places; j++) {
                for (int m = 0; m < meetingsPerPlace; m++) {
                    long meeting = meetBase + (long) j * meetingsPerPlace + m;
                    for (int i = 0; i < perMeeting; i++, row++) {
                        boolean relevant = random.nextInt(100) == 0;
                        String topic = TOPICS[random.nextInt(TOPICS.length)];
                        p.setLong(1, meeting);
                        p.setString(2, "gen-" + meeting + "-" + i);
                        p.setString(3, String.valueOf(i + 1));
                        p.setString(4, "File " + meeting + "-" + i);
                        p.setString(5, relevant ? "An ordinance concerning " + topic
                                : OTHER_ITEMS[random.nextInt(OTHER_ITEMS.length)]);
                        p.setString(6, relevant ? "Referred to committee" : null);
                        p.setBoolean(7, relevant);
                        p.setString(8, relevant ? topic : null);
                        if (relevant) {
                            p.setLong(9, mBase + (long) j * measuresPerPlace + random.nextInt(measuresPerPlace));
                        } else {
                            p.setNull(9, Types.BIGINT);
                        }
                        p.setTimestamp(10, Timestamp.from(now));
                        batch(p, row);
                    }
                }
            }
            p.executeBatch();
        }
    }

    void subscribers(long base, int count, long jBase, long mBase, int places, int measures) throws SQLException {
        String[] scopes = {"EVERYTHING", "REGION", "JURISDICTION", "MEASURE"};
        String[] cadences = {"IMMEDIATE", "DAILY", "WEEKLY"};
        try (PreparedStatement sub = db.prepareStatement("INSERT INTO subscriber (id, email, timezone, link_salt,"
                + " confirmed_at, created_at, environment) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement subscription = db.prepareStatement("INSERT INTO subscription (subscriber_id, scope,"
                        + " target, status_changes, detections, hearings, sunsets, cadence, confirmed_at, created_at)"
                        + " VALUES (?, ?, ?, true, ?, ?, ?, ?, ?, ?)");
                PreparedStatement slugs = db.prepareStatement("SELECT slug FROM jurisdiction WHERE id = ?");
                PreparedStatement measureSlugs = db.prepareStatement("SELECT slug FROM measure WHERE id = ?")) {
            String environment = environment();
            for (int i = 0; i < count; i++) {
                sub.setLong(1, base + i);
                sub.setString(2, "gen-" + i + "@bench.invalid");
                sub.setString(3, "America/New_York");
                sub.setString(4, Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
                sub.setTimestamp(5, Timestamp.from(now));
                sub.setTimestamp(6, Timestamp.from(now));
                sub.setString(7, environment);
                batch(sub, i);
                String scope = scopes[i % scopes.length];
                String target = switch (scope) {
                    case "REGION" -> STATES[i % STATES.length];
                    case "JURISDICTION" -> slug(slugs, jBase + random.nextInt(places));
                    case "MEASURE" -> "gen-m-" + random.nextInt(measures);
                    default -> null;
                };
                subscription.setLong(1, base + i);
                subscription.setString(2, scope);
                subscription.setString(3, target);
                subscription.setBoolean(4, random.nextBoolean());
                subscription.setBoolean(5, random.nextBoolean());
                subscription.setBoolean(6, random.nextBoolean());
                subscription.setString(7, cadences[random.nextInt(cadences.length)]);
                subscription.setTimestamp(8, Timestamp.from(now));
                subscription.setTimestamp(9, Timestamp.from(now));
                batch(subscription, i);
            }
            sub.executeBatch();
            subscription.executeBatch();
        }
    }

    /** Subscribers belong to one environment; take the one the app's own subscribers use, else "production". */
    String environment() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT environment FROM subscriber WHERE email NOT LIKE '%@bench.invalid'")) {
            return r.next() ? r.getString(1) : System.getProperty("ow.alert.environment", "development");
        }
    }

    String slug(PreparedStatement query, long id) throws SQLException {
        query.setLong(1, id);
        try (ResultSet r = query.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    void batch(PreparedStatement p, int row) throws SQLException {
        p.addBatch();
        if (row % 1000 == 999) {
            p.executeBatch();
        }
    }

    long next(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1) + 1000;
        }
    }

    long count(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows were given explicit ids; the table's identity must continue after the highest. */
    void restartIdentity(String table) throws SQLException {
        long next = next(table);
        try (Statement s = db.createStatement()) {
            if (postgres) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ")");
            } else {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    void bumpDataVersion() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1");
        }
    }
}
