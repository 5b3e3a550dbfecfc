package org.ordinancewatch.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher asks it exactly once per hop, checks every answer against the
 * {@link AddressPolicy} and connects to a checked answer, so a DNS server cannot answer one address to the check
 * and another to the connection (DNS rebinding). Injectable so tests can play such a hostile DNS.
 */
@FunctionalInterface
public interface HostResolver {

    /** Every address of {@code host}; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver (system DNS and hosts file, with the JVM's cache). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
