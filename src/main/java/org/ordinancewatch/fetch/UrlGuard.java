package org.ordinancewatch.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * Checked before every connection, including each redirect hop: http(s) only, and every address the host
 * resolves to must pass the {@link AddressPolicy}. All addresses are checked, not just the first, because the
 * HTTP client may pick any of them.
 * <p>
 * Known limit: the HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently within seconds (DNS rebinding) could slip past. The JVM's own DNS cache (30 s by default)
 * usually hands the client the same answer we checked; pinning the address would break TLS name checks.
 */
final class UrlGuard {

    private final AddressPolicy policy;

    UrlGuard(AddressPolicy policy) {
        this.policy = policy;
    }

    void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, Reason.UNSUPPORTED_SCHEME,
                    "scheme '" + scheme + "' refused; only http and https are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(url, Reason.INVALID_URL, "no host in URL");
        }
        if (url.getRawUserInfo() != null) {
            throw new FetchException(url, Reason.INVALID_URL, "credentials in URL refused");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, Reason.UNKNOWN_HOST, "host " + host + " does not resolve", e);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new FetchException(url, Reason.FORBIDDEN_ADDRESS, "host " + host + " resolves to "
                        + address.getHostAddress() + ", a " + refusal.get() + "; refused before connecting");
            }
        }
    }

    /** host:port, the unit of politeness (distinct ports are distinct services). */
    static String hostKey(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
    }

    /** scheme://host:port, the scope of one robots.txt. */
    static String origin(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + hostKey(url);
    }

    static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
