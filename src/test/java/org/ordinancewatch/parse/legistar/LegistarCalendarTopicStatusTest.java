package org.ordinancewatch.parse.legistar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ordinancewatch.parse.legistar.LegistarFixtures.*;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;
import org.ordinancewatch.record.ScrapedMeeting;
import org.ordinancewatch.record.ScrapedMeetingStatus;
import org.ordinancewatch.testing.Fixtures;

/** The real NYC calendar with its first row's ScrapedMeeting Topic rewritten: a subject is not a status, a notice is. */
class LegistarCalendarTopicStatusTest {

    private static final String CALENDAR = OCD + "legistar.council.nyc.gov__Calendar.html";
    private static final String TOPIC = "Oversight – Merit and Need Based Scholarships at CUNY.";

    private static ScrapedMeeting firstMeetingWithTopic(String topic) throws IOException, ParseException {
        String html = Files.readString(Fixtures.shared(CALENDAR), StandardCharsets.UTF_8);
        assertThat(html).contains(TOPIC);
        Page page = new Page(html.replace(TOPIC, topic).getBytes(StandardCharsets.UTF_8),
                URI.create("https://legistar.council.nyc.gov/Calendar.aspx"), HTML, NOW);
        return new LegistarCalendarAdapter().parse(page, context("America/New_York")).meetings().get(0);
    }

    @Test
    void theUnchangedRowWasHeld() throws IOException, ParseException {
        assertThat(firstMeetingWithTopic(TOPIC).status()).isEqualTo(ScrapedMeetingStatus.HELD);
    }

    @Test
    void aTopicAboutCancellationsAndDeferralsIsNotAStatus() throws IOException, ParseException {
        ScrapedMeeting m = firstMeetingWithTopic("Oversight – Cancellation of Tax Liens and the Deferred Compensation Plan");
        assertThat(m.status()).isEqualTo(ScrapedMeetingStatus.HELD);
        assertThat(m.title()).isEqualTo("Oversight – Cancellation of Tax Liens and the Deferred Compensation Plan");
    }

    @Test
    void aTopicThatIsACancellationNoticeCancelsTheMeeting() throws IOException, ParseException {
        assertThat(firstMeetingWithTopic("*** MEETING CANCELLED ***").status()).isEqualTo(ScrapedMeetingStatus.CANCELLED);
    }

    @Test
    void aTopicThatIsAPostponementNoticePostponesTheMeeting() throws IOException, ParseException {
        assertThat(firstMeetingWithTopic("Postponed until further notice").status()).isEqualTo(ScrapedMeetingStatus.POSTPONED);
    }
}
