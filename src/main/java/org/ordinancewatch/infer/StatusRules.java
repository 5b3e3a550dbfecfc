package org.ordinancewatch.infer;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Infers a measure's status from one history or agenda action. Rules are tried in order and the first that
 * applies wins. An action no rule recognises yields nothing: the status is kept and the action is logged for
 * review, never guessed.
 */
@ApplicationScoped
public class StatusRules {

    private static final Logger LOG = Logger.getLogger(StatusRules.class);

    private final List<StatusRule> rules;

    /** The standard rules (see {@link StandardStatusRules}). */
    public StatusRules() {
        this(StandardStatusRules.list());
    }

    public StatusRules(List<StatusRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<StatusRule> rules() {
        return rules;
    }

    /**
     * @param actionText the action as printed ("Approved by Committee")
     * @param resultText the result column ("Pass", "Fail"), or null
     */
    public Optional<Inference> infer(String actionText, String resultText) {
        Optional<StatusRule> rule = matchingRule(actionText, resultText);
        if (rule.isEmpty()) {
            LOG.infof("No status rule for action '%s' (result '%s'); status kept, for review", actionText, resultText);
            return Optional.empty();
        }
        if (rule.get().keepsStatus()) {
            LOG.debugf("Action '%s' (result '%s') keeps the status (rule %s)", actionText, resultText, rule.get().name());
            return Optional.empty();
        }
        return Optional.of(new Inference(rule.get().target(), rule.get().name()));
    }

    /** The first rule that applies, including rules that keep the status; empty when the action is unknown. */
    public Optional<StatusRule> matchingRule(String actionText, String resultText) {
        String action = ActionText.normalise(actionText);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        boolean voteFailed = ActionText.reportsFailedVote(action, ActionText.normalise(resultText));
        return rules.stream().filter(rule -> rule.appliesTo(action, voteFailed)).findFirst();
    }
}
