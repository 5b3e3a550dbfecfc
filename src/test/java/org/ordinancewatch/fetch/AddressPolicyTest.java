package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.8.9.10", "::1",
            "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "fe80::1",
            "0.0.0.0", "::", "0.1.2.3",
            "224.0.0.1", "ff02::1",
            "fc00::1", "fd12:3456:789a::1",
            "100.64.0.1", "255.255.255.255",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1"})
    void nonPublicAddressesAreRefused(String literal) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.128.0.1",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254"})
    void anyPolicyAllowsEverything(String literal) throws Exception {
        assertThat(AddressPolicy.any().refusal(InetAddress.getByName(literal))).isEmpty();
    }
}
