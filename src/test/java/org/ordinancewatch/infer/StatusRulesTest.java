package org.ordinancewatch.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordinancewatch.model.Status;

/** The standard rules, one family per test; action texts as Legistar and similar systems print them. */
class StatusRulesTest {

    private final StatusRules rules = new StatusRules();

    private Optional<Inference> infer(String action, String result) {
        return rules.infer(action, result);
    }

    private static Optional<Inference> expect(Status status, String rule) {
        return Optional.of(new Inference(status, rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Introduced", "Introduced by Council", "Introduced by Council, IMMEDIATE CONSIDERATION",
        "Sent for Introduction", "First Reading", "Read the first time"})
    void introductionIsProposed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.PROPOSED, "introduced"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filed with the City Clerk", "Filed for introduction", "Pre-filed"})
    void filingWithTheClerkIsANewMeasure(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.PROPOSED, "filed-for-introduction"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Referred to Committee", "Referred to Comm by Council", "Re-referred to Committee by Council",
        "Introduced and Referred to the Committee on Public Safety", "Assigned to Public Safety Committee"})
    void referralIsInCommittee(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_COMMITTEE, "referred"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Held in Committee", "Held", "Held for further study", "Laid Over by Committee", "Laid Over Again by Council", "Laid Over",
        "Deferred and Published", "Continued to a date certain", "Postponed"})
    void holdsAndLayoversAreInCommittee(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_COMMITTEE, "held-or-laid-over"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Public Hearing Held", "Hearing Held by Committee", "Hearing on P-C Item by Comm",
        "Public hearing closed"})
    void hearingsAreInCommittee(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_COMMITTEE, "hearing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Approved by Committee", "Adopted by the Committee", "Approved by Subcommittee",
        "Recommended to Pass", "Recommended for Adoption", "Do Pass", "Reported favorably",
        "P-C Item Approved by Committee with Modifications"})
    void committeeApprovalIsNotPassage(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_COMMITTEE, "committee-approved"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Approved on first reading", "Passed First Reading", "First reading - approved",
        "Passed to Print"})
    void firstReadingApprovalIsNotPassage(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_COMMITTEE, "first-reading"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passed", "Adopted", "Ordained", "Approved", "Approved by Council", "Passed as Amended",
        "Adopted as recommended by the Committee", "Approved on second and final reading", "Passed Third Reading",
        "Final Passage", "Amended and Passed", "Reconsidered and Adopted"})
    void passageIsPassed(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.PASSED, "passed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent to Mayor by Council", "Transmitted to the Mayor", "Presented to the Governor"})
    void sendingToTheExecutiveMeansPassed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.PASSED, "sent-to-executive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Signed by Mayor", "Signed Into Law by Mayor", "Mayor Signed", "Signed",
        "Approved by the County Executive"})
    void executiveSignatureIsInForce(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_FORCE, "signed-by-executive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enacted", "Enacted (No Mayoral Action)", "Took effect"})
    void enactmentIsInForce(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_FORCE, "enacted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Returned Unsigned by Mayor", "Became law without Mayor's signature",
        "Became Law Without Signature"})
    void lawWithoutSignatureIsInForce(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_FORCE, "became-law-without-signature"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vetoed by Mayor", "Vetoed", "Disapproved by Mayor", "Veto"})
    void vetoIsVetoed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.VETOED, "vetoed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Overridden by Council", "Veto Overridden", "Veto Overriden", "Passed over the Mayor's veto"})
    void vetoOverrideIsInForce(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_FORCE, "veto-overridden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Veto Sustained", "Failed to override veto", "Veto upheld"})
    void sustainedVetoIsVetoed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.VETOED, "veto-sustained"));
    }

    @Test
    void overrideVoteThatFailsLeavesTheVetoStanding() {
        assertThat(infer("Veto Override", "Fail")).isEqualTo(expect(Status.VETOED, "veto-override-failed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Failed", "Defeated by Council", "Disapproved by Council", "Failed to Pass", "Not Adopted"})
    void failedVoteIsFailed(String action) {
        assertThat(infer(action, null)).get().extracting(Inference::status).isEqualTo(Status.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filed (End of Session)", "Sine Die (Filed, End of Session)", "Died at end of session",
        "Died in Committee", "Expired at end of term"})
    void endOfSessionIsFailed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.FAILED, "died-at-end-of-session"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filed", "Filed by Clerk", "Filed by Committee", "Filed by Council", "Filed, by Committee",
        "P-C Item Filed by Comm", "Placed on File"})
    void filedAwayIsWithdrawn(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.WITHDRAWN, "filed-away"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Withdrawn", "Withdrawn by Mayor", "Withdrawn by Sponsor", "Sponsor withdrew"})
    void withdrawalIsWithdrawn(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.WITHDRAWN, "withdrawn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tabled", "Laid on the table", "Motion to Table"})
    void tablingKeepsTheMeasureAlive(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_COMMITTEE, "tabled"));
    }

    @Test
    void indefinitePostponementIsFailed() {
        assertThat(infer("Postponed Indefinitely", "Pass")).isEqualTo(expect(Status.FAILED, "postponed-indefinitely"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amended", "Amended by Committee", "Amended by Council", "Amendment Proposed by Council"})
    void amendmentKeepsTheMeasurePending(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_COMMITTEE, "amended"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reconsidered", "Motion to reconsider", "Reconsideration"})
    void reconsiderationReopensTheMeasure(String action) {
        assertThat(infer(action, "Pass")).isEqualTo(expect(Status.IN_COMMITTEE, "reconsidered"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Repealed", "Repealed by Ordinance 2023-14"})
    void repealIsRepealed(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.REPEALED, "repealed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Carried over to the next session", "Carryover", "Reintroduced"})
    void carryOverIsPending(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.PENDING, "carried-over"));
    }

    @Test
    void passedWithFailingResultIsFailed() {
        assertThat(infer("Passed", "Fail")).isEqualTo(expect(Status.FAILED, "passage-failed"));
    }

    @Test
    void adoptedWithFailedResultIsFailed() {
        assertThat(infer("Adopted", "Failed")).isEqualTo(expect(Status.FAILED, "passage-failed"));
    }

    @Test
    void committeeApprovalWithFailingResultStaysInCommittee() {
        assertThat(infer("Approved by Committee", "Fail")).isEqualTo(expect(Status.IN_COMMITTEE, "committee-vote-failed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Disapproved by Committee", "Defeated by Committee", "Recommended Do Not Pass",
        "Failed in Committee"})
    void committeeDefeatStaysInCommittee(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_COMMITTEE, "committee-vote-failed"));
    }

    @ParameterizedTest
    @CsvSource({"Tabled,Fail", "Motion to table failed,", "Motion to reconsider failed,", "Amended,Fail",
        "Amendment Defeated by Council,", "Referred to Committee,Fail", "Withdrawn,Fail"})
    void failedSideMotionKeepsTheStatus(String action, String result) {
        assertThat(infer(action, result)).isEmpty();
        assertThat(rules.matchingRule(action, result)).get().extracting(StatusRule::name).isEqualTo("side-motion-failed");
    }

    @Test
    void passResultDoesNotChangeAPassage() {
        assertThat(infer("Passed", "Pass")).isEqualTo(infer("Passed", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hearing Held by Mayor", "Hearing Scheduled by Mayor"})
    void mayorsHearingAfterPassageKeepsTheStatus(String action) {
        assertThat(infer(action, null)).isEmpty();
        assertThat(rules.matchingRule(action, null)).get().extracting(StatusRule::name).isEqualTo("executive-hearing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Received and Filed", "Rcvd, Ord, Prnt, Fld by Council", "Noted and filed"})
    void receivedAndFiledKeepsTheStatus(String action) {
        assertThat(infer(action, null)).isEmpty();
        assertThat(rules.matchingRule(action, null)).get().extracting(StatusRule::name).isEqualTo("received-and-filed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passed on second reading", "Bill Signing Scheduled by Mayor", "Received from Mayor",
        "Sworn In", "Press Conference Held by Mayor", "Town Hall Meeting Held", "Expired"})
    void unknownOrAmbiguousActionIsNotGuessed(String action) {
        assertThat(rules.matchingRule(action, null)).isEmpty();
        assertThat(infer(action, null)).isEmpty();
    }

    @Test
    void unknownActionWithFailingResultIsNotGuessed() {
        assertThat(infer("Introduced", "Fail")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankActionIsUnknown(String action) {
        assertThat(infer(action, "Pass")).isEmpty();
    }

    @Test
    void nullActionIsUnknown() {
        assertThat(infer(null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGNED BY MAYOR", "  signed   by\tmayor ", "Signed\u00A0by Mayor.", "signed by the mayor"})
    void caseAndWhitespaceDoNotMatter(String action) {
        assertThat(infer(action, null)).isEqualTo(expect(Status.IN_FORCE, "signed-by-executive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAIL", " failed ", "Defeated", "Lost"})
    void failingResultIsRecognisedInAnyCase(String result) {
        assertThat(infer("Passed", result)).isEqualTo(expect(Status.FAILED, "passage-failed"));
    }

    @Test
    void reasonNamesTheRule() {
        assertThat(infer("Signed by Mayor", null)).get().extracting(Inference::reason)
                .isEqualTo("rule:signed-by-executive");
    }

    @Test
    void customRulesAreTriedInOrder() {
        StatusRules custom = new StatusRules(List.of(
                StatusRule.of("local-final", "\\bfinally passed\\b", Status.PASSED),
                StatusRule.of("anything-passed", "passed", Status.IN_COMMITTEE)));

        assertThat(custom.infer("Finally passed", null)).isEqualTo(expect(Status.PASSED, "local-final"));
    }

    @Test
    void everyStandardRuleHasADistinctName() {
        List<String> names = rules.rules().stream().map(StatusRule::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }
}
