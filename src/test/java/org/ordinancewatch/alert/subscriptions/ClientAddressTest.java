package org.ordinancewatch.alert.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void clientBucketsAreIpv4AddressesAndIpv6Networks() {
        assertThat(ClientAddress.bucket("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.bucket("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.bucket("[2001:0db8:1:2:bbbb:0:0:2]"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.bucket("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientAddress.bucket("::ffff:198.51.100.7")).as("IPv4-mapped").isEqualTo("198.51.100.7");
        assertThat(ClientAddress.bucket("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }
}
