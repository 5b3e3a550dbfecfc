package org.ordinancewatch.alert.subscriptions;

/**
 * What a subscription follows: a scope and its target (region code, jurisdiction or measure slug; null for
 * everything). Forms carry it as one code: {@code everything}, {@code region:CA}, {@code jurisdiction:boston-ma}.
 */
public record Followed(Scope scope, String target) {

    public Followed {
        target = scope == Scope.EVERYTHING ? null : target;
    }

    public static Followed parse(String code) {
        String c = code == null || code.isBlank() ? Scope.EVERYTHING.code() : code.trim();
        int colon = c.indexOf(':');
        Scope scope = Scope.fromCode(colon < 0 ? c : c.substring(0, colon));
        return new Followed(scope, colon < 0 ? null : c.substring(colon + 1));
    }

    public static Followed of(Subscription s) {
        return new Followed(s.scope, s.target);
    }

    public String code() {
        return target == null ? scope.code() : scope.code() + ":" + target;
    }
}
