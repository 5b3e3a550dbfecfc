package org.ordinancewatch.alert.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signed links: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}. A confirmation token
 * names a pending subscription and expires; a manage token names a subscriber and its link salt, so
 * it stays valid for as long as the subscriber exists and the salt is unchanged.
 */
@ApplicationScoped
public class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String CONFIRM = "confirm";
    private static final String MANAGE = "manage";

    /** What a valid manage token names. */
    public record ManageClaim(long subscriberId, String salt) {
    }

    /** Why a token was refused; shown to the person who followed the link. */
    public static final class InvalidToken extends Exception {
        private final boolean expired;

        public InvalidToken(String message, boolean expired) {
            super(message, null, false, false);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    private final SigningKey key;

    public Tokens(SigningKey key) {
        this.key = key;
    }

    public String confirm(long subscriptionId, Instant expires) {
        return sign(CONFIRM + ":" + subscriptionId + ":" + expires.getEpochSecond());
    }

    public long verifyConfirm(String token, Instant now) throws InvalidToken {
        String[] parts = open(token, CONFIRM, 3);
        Instant expires = Instant.ofEpochSecond(number(parts[2]));
        if (!now.isBefore(expires)) {
            throw new InvalidToken("This confirmation link has expired. Please subscribe again.", true);
        }
        return number(parts[1]);
    }

    public String manage(Subscriber subscriber) {
        return sign(MANAGE + ":" + subscriber.id + ":" + subscriber.linkSalt);
    }

    public ManageClaim verifyManage(String token) throws InvalidToken {
        String[] parts = open(token, MANAGE, 3);
        return new ManageClaim(number(parts[1]), parts[2]);
    }

    /** A keyed hash, for storing rate-limit keys without storing addresses or IPs. */
    public String digest(String value) {
        return B64.encodeToString(hmac(("digest:" + value).getBytes(StandardCharsets.UTF_8)));
    }

    private String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(hmac(bytes));
    }

    private String[] open(String token, String purpose, int fields) throws InvalidToken {
        if (token == null || token.length() > 500) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = B64D.decode(token.substring(0, dot));
            signature = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(hmac(payload), signature)) {
            throw invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", -1);
        if (parts.length != fields || !parts[0].equals(purpose)) {
            throw invalid();
        }
        return parts;
    }

    private static long number(String text) throws InvalidToken {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidToken invalid() {
        return new InvalidToken("This link is not valid. Use the most recent link from one of our emails.", false);
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
