package org.ordinancewatch.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which resolved addresses the fetcher may connect to. Scraped pages choose where redirects go, so without
 * this a hostile or compromised site could point us at the cloud metadata service or the internal network.
 */
@FunctionalInterface
public interface AddressPolicy {

    /** Why this address must not be contacted, or empty if it may be. */
    Optional<String> refusal(InetAddress address);

    /** Anything goes: for development against local servers. */
    static AddressPolicy any() {
        return address -> Optional.empty();
    }

    /** Public unicast addresses only. */
    static AddressPolicy publicOnly() {
        return AddressPolicy::nonPublicReason;
    }

    static AddressPolicy forSettings(FetchSettings settings) {
        return settings.allowPrivateAddresses() ? any() : publicOnly();
    }

    private static Optional<String> nonPublicReason(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified (any-local) address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local address (169.254.0.0/16, fe80::/10; includes cloud metadata)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private address (10/8, 172.16/12, 192.168/16, fec0::/10)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("'this network' address (0.0.0.0/8)");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("carrier-grade NAT address (100.64.0.0/10)");
            }
            if (first >= 240) {
                return Optional.of("reserved or broadcast address (240.0.0.0/4)");
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("unique-local address (fc00::/7)");
            }
            if (isIpv4Embedded(b)) {
                return Optional.of("IPv4-compatible IPv6 address (::/96)");
            }
        }
        return Optional.empty();
    }

    /** ::a.b.c.d; the JDK already turns ::ffff:a.b.c.d into an Inet4Address, so that form is checked as IPv4. */
    private static boolean isIpv4Embedded(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
