package org.ordinancewatch.fetch;

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

    /** Public unicast addresses only: every IANA special-purpose block is refused (see {@link SpecialPurposeBlocks}). */
    static AddressPolicy publicOnly() {
        return SpecialPurposeBlocks::refusal;
    }

    static AddressPolicy forSettings(FetchSettings settings) {
        return settings.allowPrivateAddresses() ? any() : publicOnly();
    }
}
