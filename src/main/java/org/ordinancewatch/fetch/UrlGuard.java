package org.ordinancewatch.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ordinancewatch.fetch.FetchException.Reason;

/**
 * Checked before every connection, including each redirect hop: http(s) only, and every address the host
 * resolves to must pass the {@link AddressPolicy}. All addresses are checked, not just the first, because the
 * host may be served from any of them. The name is resolved once, here; the connection goes to the checked
 * address this returns, never to a fresh answer, so a DNS server that answers differently at connect time
 * (DNS rebinding) reaches nothing that was not checked.
 */
final class UrlGuard {

    private final AddressPolicy policy;
    private final HostResolver resolver;

    UrlGuard(AddressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** Refuses the URL or returns the checked address to connect to. */
    InetAddress check(URI url) throws FetchException {
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
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, Reason.UNKNOWN_HOST, "host " + host + " does not resolve", e);
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new FetchException(url, Reason.UNKNOWN_HOST, "host " + host + " resolves to no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new FetchException(url, Reason.FORBIDDEN_ADDRESS, "host " + host + " resolves to "
                        + address.getHostAddress() + ", a " + refusal.get() + "; refused before connecting");
            }
        }
        return addresses.get(0);
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
