package org.ordinancewatch.infer;

import static org.ordinancewatch.infer.VoteCondition.ANY;
import static org.ordinancewatch.infer.VoteCondition.CARRIED;
import static org.ordinancewatch.infer.VoteCondition.FAILED;

import java.util.List;

import org.ordinancewatch.model.Status;

/**
 * The default rule list. Order matters: the first rule that applies wins, so specific phrasings come before
 * general ones ("Veto overridden" before "Vetoed", "Approved by Committee" before "Approved").
 *
 * <p>Decisions worth knowing:
 * <ul>
 * <li>"Filed (End of Session)" and "Sine Die (Filed, End of Session)" are how NYC's Legistar records a bill that
 * died with the session: FAILED. Any other "Filed" ("Filed", "Filed by Clerk", "Filed by Committee", Chicago's
 * "Placed on File") means the clerk or a body filed the item away without passing it: WITHDRAWN, as the status
 * vocabulary defines it. "Filed with the Clerk" is the opposite, a new filing: PROPOSED.</li>
 * <li>"Received and Filed" acknowledges a report or communication; it says nothing about a measure's fate, so
 * the status is kept.</li>
 * <li>Signature by the executive, "Enacted", a veto override and becoming law without signature all give
 * IN_FORCE: the vocabulary has no "enacted but not yet effective" state.</li>
 * <li>First-reading approvals, "Passed to Print", committee approvals and recommendations, hearings, holds,
 * tabling, amendments and reconsideration leave a measure IN_COMMITTEE: alive, not passed. A failed committee
 * vote also stays IN_COMMITTEE, since the measure can still be discharged; it dies only with a later filing or
 * the end of the session.</li>
 * <li>"Passed on second reading" is final in two-reading councils and not in three-reading ones, so it has no
 * rule and is left for review; "second and final reading" and "third reading" are passage.</li>
 * <li>A failed vote on a side motion (to table, refer, amend, reconsider, withdraw...) changes nothing; a failed
 * vote on passage or adoption is FAILED; a failed veto override leaves the measure VETOED.</li>
 * </ul>
 */
final class StandardStatusRules {

    private static final String EXECUTIVE = "(mayor|governor|(county )?executive)";
    private static final String OVERRIDE = "\\b(veto )?overrid(e|den|en|ing)\\b|\\bover (the )?(" + EXECUTIVE
            + "('?s)? )?veto\\b";
    private static final String COMMITTEE = "\\b((sub)?committee|comm|cmte)\\b";
    private static final String SIDE_MOTION = "\\b(amend(ed|ment|ments)?|table|tabled|reconsider(ed|ation)?"
            + "|re-?refer(red)?|refer(red|ral)?|defer(red|ral)?|postpone(d)?|continue(d)?|lay over|laid over|hold|held"
            + "|withdraw(n|al)?|substitute(d)?|discharge(d)?|suspend|repeal(ed)?|rescind(ed)?|previous question)\\b";

    private StandardStatusRules() {
    }

    static List<StatusRule> list() {
        return List.of(
                // The executive's turn, and what ends a measure's life outright.
                StatusRule.of("veto-sustained", "\\bveto(es)? (was |is )?(sustained|upheld)\\b"
                        + "|\\b(fail(ed|s)?|unable) to override\\b|\\boverride (failed|fails|unsuccessful)\\b",
                        Status.VETOED, ANY),
                StatusRule.of("veto-override-failed", OVERRIDE, Status.VETOED, FAILED),
                StatusRule.of("veto-overridden", OVERRIDE, Status.IN_FORCE, CARRIED),
                StatusRule.of("vetoed", "\\bveto(ed|es)?\\b|\\bdisapproved by (the )?" + EXECUTIVE + "\\b",
                        Status.VETOED, ANY),
                StatusRule.of("became-law-without-signature", "\\breturned unsigned\\b|\\bwithout (the )?("
                        + EXECUTIVE + "('?s)? )?signature\\b|\\bbec(ame|omes) (law|effective)\\b|\\blapsed into law\\b",
                        Status.IN_FORCE, ANY),
                StatusRule.of("signed-by-executive", "\\bsigned (into law|by (the )?" + EXECUTIVE + ")\\b|\\b"
                        + EXECUTIVE + " signed\\b|^signed$|\\bapproved by (the )?" + EXECUTIVE + "\\b",
                        Status.IN_FORCE, CARRIED),
                // NYC's mayor holds a hearing on bills the Council has already passed.
                StatusRule.keep("executive-hearing", "\\bhearings?\\b.*\\b(by|before) (the )?" + EXECUTIVE + "\\b",
                        ANY),
                StatusRule.of("sent-to-executive", "\\b(sent|transmitted|presented|forwarded|delivered) to (the )?"
                        + EXECUTIVE + "\\b", Status.PASSED, ANY),
                StatusRule.of("enacted", "\\benacted\\b|\\b(took|takes|taken) effect\\b|\\bin effect\\b",
                        Status.IN_FORCE, CARRIED),
                StatusRule.of("died-at-end-of-session", "\\bend of (the )?(legislative )?(session|term)\\b"
                        + "|\\bsine die\\b|\\bdied\\b", Status.FAILED, ANY),
                StatusRule.keep("received-and-filed", "\\b(received|rcvd|noted|accepted)\\b.*\\b(filed|fld)\\b", ANY),
                StatusRule.of("filed-for-introduction", "\\bfiled (with|in the office of) (the )?((city|town|county|"
                        + "village) )?clerk\\b|\\bfiled for introduction\\b|\\bpre-?filed\\b", Status.PROPOSED, ANY),

                // Failed votes.
                StatusRule.keep("side-motion-failed", "^(?!.*\\b(passed|adopted|ordained|final)\\b).*" + SIDE_MOTION,
                        FAILED),
                StatusRule.of("committee-vote-failed", COMMITTEE + "|\\brecommend|\\bdo not pass\\b",
                        Status.IN_COMMITTEE, FAILED),
                StatusRule.of("passage-failed", "\\b(pass(ed|age)?|adopt(ed|ion)?|ordain(ed)?|approv(e|ed|al)"
                        + "|enact(ed|ment)?|final|readings?)\\b", Status.FAILED, FAILED),
                StatusRule.of("failed", "\\b(fail(ed|s)?|defeated|lost|rejected|denied|disapproved"
                        + "|not (passed|adopted|approved|carried)|did not (pass|carry))\\b", Status.FAILED, ANY),

                // Dispositions other than passage.
                StatusRule.of("carried-over", "\\bcarr(y|ied)[ -]?(over|forward)\\b|\\bre-?introduced\\b"
                        + "|\\bheld over to (the )?next (session|term)\\b", Status.PENDING),
                StatusRule.of("repealed", "\\brepeal(ed|s)?\\b", Status.REPEALED),
                StatusRule.of("filed-away", "^filed\\b|\\bfiled,? (by|away|in committee)\\b|\\bplaced on file\\b"
                        + "|\\bordered (to be )?filed\\b", Status.WITHDRAWN),
                StatusRule.of("withdrawn", "\\bwithdr(awn|ew|aw)\\b", Status.WITHDRAWN),
                StatusRule.of("postponed-indefinitely", "\\b(postponed|tabled|laid over) indefinitely\\b"
                        + "|\\bindefinitely (postponed|tabled)\\b", Status.FAILED),
                StatusRule.of("tabled", "\\btabled\\b|\\blaid on (the )?table\\b|\\btable\\b", Status.IN_COMMITTEE),

                // Stages on the way to passage.
                StatusRule.of("first-reading", "\\bfirst reading\\b.*\\b(pass(ed)?|approv(ed|al)|adopt(ed)?|advanced)\\b"
                        + "|\\b(pass(ed)?|approv(ed)?|adopt(ed)?|advanced)\\b.*\\bfirst reading\\b"
                        + "|\\bpassed to (print|second reading|third reading)\\b", Status.IN_COMMITTEE),
                // "Adopted as recommended by the Committee" is the council's vote, not the committee's.
                StatusRule.of("committee-approved", "^(?!.*\\bas recommended\\b).*(\\b(approv(ed|al)|adopted|passed"
                        + "|reported|forwarded|advanced|voted out)\\b.*" + COMMITTEE + "|" + COMMITTEE
                        + ".*\\b(approv(ed|al)|adopted|passed|reported|forwarded|advanced)\\b"
                        + "|\\brecommend(ed|s|ation)?\\b|\\bdo pass\\b|\\breported (out|favorably|favourably)\\b"
                        + "|\\bapproved for filing\\b)", Status.IN_COMMITTEE),
                StatusRule.of("passed", "^(?!(?!.*\\b(final|third)\\b).*\\bsecond reading\\b)"
                        + ".*(\\b(passed|adopted|ordained|approved)\\b|\\bfinal (passage|reading|action)\\b"
                        + "|\\bthird reading\\b)", Status.PASSED),
                StatusRule.of("amended", "\\bamend(ed|ment|ments)\\b", Status.IN_COMMITTEE),
                StatusRule.of("reconsidered", "\\breconsider(ed|ation)?\\b", Status.IN_COMMITTEE),
                StatusRule.of("hearing", "\\bhearings?\\b|\\bheard\\b", Status.IN_COMMITTEE),
                // "Held" alone is too broad: NYC also records "Press Conference Held" and "Town Hall Meeting Held".
                StatusRule.of("held-or-laid-over", "^held$|\\bheld (in (the )?" + COMMITTEE + "|for\\b)"
                        + "|\\b(on )?hold\\b|\\b(laid over|lay over|deferred|continued|postponed)\\b", Status.IN_COMMITTEE),
                StatusRule.of("referred", "\\b(re-?)?refer(red|ral)?\\b|\\bassigned to\\b|\\brecommitted\\b"
                        + "|\\bsent to (the )?" + COMMITTEE, Status.IN_COMMITTEE),
                StatusRule.of("introduced", "\\bintroduc(ed|tion)\\b|\\bfirst reading\\b|\\bread (a |the )?first time\\b"
                        + "|\\bsubmitted\\b|\\bdocketed\\b", Status.PROPOSED));
    }
}
