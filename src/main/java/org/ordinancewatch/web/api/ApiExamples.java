package org.ordinancewatch.web.api;

/**
 * Example bodies for the OpenAPI document, one per JSON response shape, taken from real responses of the seeded data.
 * {@code OpenApiExamplesTest} checks each against what the route really returns, so they cannot drift.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    private static final String MEASURE_FIELDS = """
            "id": 3, "slug": "oakland-ca-ban-2019", "jurisdiction": "oakland-ca", "jurisdictionName": "Oakland, CA",
            "region": "CA", "level": "city", "country": "US", "identifier": null,
            "title": "Amendment to the surveillance technology ordinance banning city use of face recognition",
            "kind": "ban", "scope": "city agencies", "status": "in_force", "statusOn": "2019-09-17",
            "decidedOn": "2019-09-17", "effectiveOn": null, "sunsetOn": null, "vote": "unanimous",
            "related": "first reading 2019-07-16", "notes": null,
            "sources": [{"url": "https://www.cnet.com/news/facial-recognition-banned-in-another-city/",
                         "label": "CNET 2019-07-17 (first vote; final vote 2019-09-17)", "official": false},
                        {"url": null, "label": "ACLU of Northern California", "official": false}],
            "reviewed": true,
            """;

    public static final String MEASURE = "{" + MEASURE_FIELDS + """
            "url": "/m/oakland-ca-ban-2019",
            "history": [{"from": null, "to": "in_force", "occurredOn": "2019-09-17",
                         "recordedAt": "2026-12-05T13:04:16.386503Z", "reason": "curator:config/measures.csv line 4",
                         "action": null, "sourceLabel": "oakland.legistar.com",
                         "sourceUrl": "https://oakland.legistar.com"}],
            "links": [{"relation": "related", "direction": "outgoing", "wording": "is related to",
                       "measure": "oakland-ca-oversight-2018", "title": "Surveillance and Community Safety Ordinance"}]}
            """;

    public static final String MEASURE_LIST = "[{" + MEASURE_FIELDS + "\"url\": \"/m/oakland-ca-ban-2019\"}]";

    public static final String MEASURE_EXPORT = "[{" + MEASURE_FIELDS
            + "\"url\": \"https://ordinance.example.org/m/oakland-ca-ban-2019\"}]";

    private static final String JURISDICTION_FIELDS = """
            "slug": "oakland-ca", "name": "Oakland", "level": "city", "region": "CA", "country": "US",
            "latitude": 37.8044, "longitude": -122.2712, "timezone": "America/Los_Angeles",
            """;

    public static final String JURISDICTION = "{" + JURISDICTION_FIELDS + "\"measures\": [{" + MEASURE_FIELDS
            + "\"url\": \"/m/oakland-ca-ban-2019\"}]}";

    public static final String JURISDICTION_LIST = "[" + JURISDICTION + "]";

    public static final String SOURCES = """
            [{"name": "oakland-ca", "jurisdiction": "oakland-ca", "platform": "legistar-web",
              "baseUrl": "https://oakland.legistar.com", "enabled": true, "schedule": "0 20 */6 * * ?",
              "lastAttemptAt": "2026-12-05T12:20:03Z", "lastSuccessAt": "2026-12-05T12:20:41Z", "lastError": null,
              "pages": 14, "meetings": 22, "items": 310, "relevantItems": 2, "zeroItemsAlarm": false, "stale": false}]
            """;

    public static final String COVERAGE = """
            [{"jurisdiction": "oakland-ca", "name": "Oakland, CA", "level": "city", "region": "CA", "country": "US",
              "measures": 1, "watched": true, "notWatched": null,
              "agendas": [{"platform": "legistar-web", "baseUrl": "https://oakland.legistar.com", "enabled": true,
                           "lastSuccessAt": "2026-12-05T12:20:41Z", "stale": false}]},
             {"jurisdiction": "minneapolis-mn", "name": "Minneapolis, MN", "level": "city", "region": "MN", "country": "US",
              "measures": 1, "watched": false,
              "notWatched": "Its council publishes on Minneapolis's own legislative system (lims.minneapolismn.gov), which Ordinance Watch does not read.",
              "agendas": []}]
            """;

    public static final String PARSE = """
            {"platform": "legistar-web",
             "meetings": [{"sourceId": "1183540", "body": "City Council", "title": "City Council",
                           "start": "2026-04-21T10:00-07:00[America/Los_Angeles]", "status": "scheduled",
                           "location": "Council Chamber", "url": "https://oakland.legistar.com/MeetingDetail.aspx?ID=1183540",
                           "links": [{"kind": "agenda", "url": "https://oakland.legistar.com/View.ashx?M=A&ID=1183540"}],
                           "items": [{"number": "S-7", "file": "24-0612",
                                      "title": "Ordinance amending the surveillance technology ordinance to ban face recognition",
                                      "action": "Adopted", "result": "Pass", "relevant": true,
                                      "matchedTerms": ["face recognition", "surveillance technology"]}]}],
             "measures": [], "follow": [], "warnings": []}
            """;

    public static final String ALERT_COUNTS = """
            {"pending": 0, "sent": 12, "failed": 0, "subscribers": 5, "confirmedSubscriptions": 4,
             "unconfirmedSubscriptions": 1}
            """;
}
