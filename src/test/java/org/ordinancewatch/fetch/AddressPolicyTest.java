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
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1",
            "64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::1", "2002:a00:1::1", "2002:808:808::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:db8::1", "3fff::1", "100::1",
            "fec0::1", "5f00::1",
            "198.18.0.1", "198.19.255.255", "192.0.0.1", "192.0.0.170", "192.0.2.1", "198.51.100.7",
            "203.0.113.9", "192.88.99.1", "240.0.0.1"})
    void nonPublicAddressesAreRefused(String literal) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.128.0.1",
            "198.17.255.255", "198.20.0.1", "192.0.1.1", "2001:200::1", "2003::1", "64:ff9c::1",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "198.18.0.1", "2001::1"})
    void refusalNamesTheBlock(String literal) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(literal)))
                .hasValueSatisfying(reason -> assertThat(reason).containsPattern("/\\d+\\)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254"})
    void anyPolicyAllowsEverything(String literal) throws Exception {
        assertThat(AddressPolicy.any().refusal(InetAddress.getByName(literal))).isEmpty();
    }
}
