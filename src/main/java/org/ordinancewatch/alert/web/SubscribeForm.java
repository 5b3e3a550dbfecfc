package org.ordinancewatch.alert.web;

import java.util.List;

import org.ordinancewatch.alert.subscriptions.Kinds;

/**
 * The subscribe form as it was sent, shown again with the problem beside the field it concerns, so nobody has to
 * type it all again after a mistake.
 */
public record SubscribeForm(String email, String scope, List<String> kinds, String cadence, String emailError,
        String scopeError, String kindsError, String cadenceError, String error) {

    static SubscribeForm blank() {
        return new SubscribeForm("", "everything", List.of(Kinds.STATUS, Kinds.DETECTED, Kinds.HEARINGS, Kinds.SUNSETS),
                "immediate", null, null, null, null, null);
    }

    static SubscribeForm sent(String email, String scope, List<String> kinds, String cadence) {
        return new SubscribeForm(email == null ? "" : email.strip(), scope == null || scope.isBlank() ? "everything" : scope,
                kinds == null ? List.of() : kinds, cadence == null || cadence.isBlank() ? "immediate" : cadence,
                null, null, null, null, null);
    }

    SubscribeForm withEmailError(String message) {
        return new SubscribeForm(email, scope, kinds, cadence, message, scopeError, kindsError, cadenceError, error);
    }

    SubscribeForm withScopeError(String message) {
        return new SubscribeForm(email, scope, kinds, cadence, emailError, message, kindsError, cadenceError, error);
    }

    SubscribeForm withKindsError(String message) {
        return new SubscribeForm(email, scope, kinds, cadence, emailError, scopeError, message, cadenceError, error);
    }

    SubscribeForm withCadenceError(String message) {
        return new SubscribeForm(email, scope, kinds, cadence, emailError, scopeError, kindsError, message, error);
    }

    SubscribeForm withError(String message) {
        return new SubscribeForm(email, scope, kinds, cadence, emailError, scopeError, kindsError, cadenceError, message);
    }

    public boolean hasErrors() {
        return emailError != null || scopeError != null || kindsError != null || cadenceError != null || error != null;
    }

    public boolean wants(String kind) {
        return kinds.contains(kind);
    }

    /** What the scope code follows, in words: "everything", "region MA", "jurisdiction boston-ma". */
    public String following() {
        return scope.equals("everything") ? "everything" : scope.replace(':', ' ');
    }
}
