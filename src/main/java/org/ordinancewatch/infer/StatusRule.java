package org.ordinancewatch.infer;

import java.util.regex.Pattern;

import org.ordinancewatch.model.Status;

/**
 * Maps action texts to a status. Patterns are searched (not fully matched) in the action text after it has
 * been lower-cased and its whitespace collapsed.
 *
 * @param name    stable identifier, recorded as the reason of a status change ({@code rule:signed-by-executive})
 * @param pattern what to look for in the normalised action text
 * @param target  the status the action leads to, or null when the action is recognised but leaves the status
 *                as it was (a failed motion to table, a mayor's hearing)
 * @param when    which vote outcomes the rule applies to
 */
public record StatusRule(String name, Pattern pattern, Status target, VoteCondition when) {

    public StatusRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a status rule needs a name");
        }
        if (pattern == null || when == null) {
            throw new IllegalArgumentException("status rule '" + name + "' needs a pattern and a vote condition");
        }
    }

    /** A rule for actions that carried (or have no result). */
    public StatusRule(String name, Pattern pattern, Status target) {
        this(name, pattern, target, VoteCondition.CARRIED);
    }

    public static StatusRule of(String name, String regex, Status target, VoteCondition when) {
        return new StatusRule(name, compile(regex), target, when);
    }

    public static StatusRule of(String name, String regex, Status target) {
        return of(name, regex, target, VoteCondition.CARRIED);
    }

    /** A recognised action that does not change the status. */
    public static StatusRule keep(String name, String regex, VoteCondition when) {
        return new StatusRule(name, compile(regex), null, when);
    }

    public boolean keepsStatus() {
        return target == null;
    }

    boolean appliesTo(String normalisedAction, boolean voteFailed) {
        return when.accepts(voteFailed) && pattern.matcher(normalisedAction).find();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
