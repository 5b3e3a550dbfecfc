package org.ordinancewatch.alert.outbox;

/**
 * Everything an alert email says, captured when the event happened so that the email tells the
 * story as it was, even if it is sent hours later in a digest. Fields a kind does not use are null.
 *
 * @param headline        one line: what happened ("Boston, MA: face surveillance ban is now In force")
 * @param why             which subscription matched ("you follow Boston, MA for status changes")
 * @param measureTitle    the measure concerned, where one is
 * @param measureUrl      absolute link to its page here
 * @param jurisdiction    display name of the jurisdiction
 * @param jurisdictionUrl absolute link to its page here
 * @param fromStatus      status label before a change
 * @param toStatus        status label after a change
 * @param date            when it happened in the world ("14 May 2019"), where known
 * @param action          the action text that caused a change ("Signed by Mayor")
 * @param sourceLabel     what the evidence is
 * @param sourceUrl       where the evidence is
 * @param hearing         the next hearing ("City Council, 20 Jan 2026 10:00 EST, City Hall"): never a past one
 * @param hearingUrl      link to the meeting or its agenda
 * @param meetingLabel    what the meeting concerned is to this alert ("On the agenda of", "Meeting cancelled")
 * @param meeting         the meeting concerned, where it is not (or no longer) the next hearing
 * @param meetingUrl      link to that meeting or its agenda
 * @param detail          anything else worth one paragraph (agenda item title, sunset date, the change)
 * @param confirmUrl      for confirmation requests: the link that confirms
 */
public record AlertContent(String headline, String why, String measureTitle, String measureUrl, String jurisdiction,
        String jurisdictionUrl, String fromStatus, String toStatus, String date, String action, String sourceLabel,
        String sourceUrl, String hearing, String hearingUrl, String meetingLabel, String meeting, String meetingUrl,
        String detail, String confirmUrl) {

    public static Builder builder(String headline) {
        return new Builder(headline);
    }

    public Builder toBuilder() {
        Builder b = new Builder(headline);
        b.why = why;
        b.measureTitle = measureTitle;
        b.measureUrl = measureUrl;
        b.jurisdiction = jurisdiction;
        b.jurisdictionUrl = jurisdictionUrl;
        b.fromStatus = fromStatus;
        b.toStatus = toStatus;
        b.date = date;
        b.action = action;
        b.sourceLabel = sourceLabel;
        b.sourceUrl = sourceUrl;
        b.hearing = hearing;
        b.hearingUrl = hearingUrl;
        b.meetingLabel = meetingLabel;
        b.meeting = meeting;
        b.meetingUrl = meetingUrl;
        b.detail = detail;
        b.confirmUrl = confirmUrl;
        return b;
    }

    /** Builds a content one field at a time; most kinds fill only a few. */
    public static final class Builder {
        private final String headline;
        private String why;
        private String measureTitle;
        private String measureUrl;
        private String jurisdiction;
        private String jurisdictionUrl;
        private String fromStatus;
        private String toStatus;
        private String date;
        private String action;
        private String sourceLabel;
        private String sourceUrl;
        private String hearing;
        private String hearingUrl;
        private String meetingLabel;
        private String meeting;
        private String meetingUrl;
        private String detail;
        private String confirmUrl;

        private Builder(String headline) {
            this.headline = headline;
        }

        public Builder why(String v) {
            why = v;
            return this;
        }

        public Builder measure(String title, String url) {
            measureTitle = title;
            measureUrl = url;
            return this;
        }

        public Builder jurisdiction(String name, String url) {
            jurisdiction = name;
            jurisdictionUrl = url;
            return this;
        }

        public Builder statuses(String from, String to) {
            fromStatus = from;
            toStatus = to;
            return this;
        }

        public Builder date(String v) {
            date = v;
            return this;
        }

        public Builder action(String v) {
            action = v;
            return this;
        }

        public Builder source(String label, String url) {
            sourceLabel = label;
            sourceUrl = url;
            return this;
        }

        public Builder hearing(String text, String url) {
            hearing = text;
            hearingUrl = url;
            return this;
        }

        public Builder meeting(String label, String text, String url) {
            meetingLabel = label;
            meeting = text;
            meetingUrl = url;
            return this;
        }

        public Builder detail(String v) {
            detail = v;
            return this;
        }

        public Builder confirmUrl(String v) {
            confirmUrl = v;
            return this;
        }

        public AlertContent build() {
            return new AlertContent(headline, why, measureTitle, measureUrl, jurisdiction, jurisdictionUrl, fromStatus,
                    toStatus, date, action, sourceLabel, sourceUrl, hearing, hearingUrl, meetingLabel, meeting, meetingUrl, detail,
                    confirmUrl);
        }
    }
}
