package org.ordinancewatch.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and successors), plus multicast and the
 * reserved ranges. A council website lives on ordinary public unicast space, so every listed block is refused,
 * including those IANA marks globally reachable (6to4 relays, Teredo, AS112): they are relays or
 * infrastructure, never a site, and the translating ones (NAT64, 6to4, Teredo) can carry a private IPv4
 * address inside an IPv6 one.
 */
final class SpecialPurposeBlocks {

    private record Block(byte[] prefix, int bits, String description) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "'this network' address (0.0.0.0/8)"),
            block("10.0.0.0/8", "private address (10.0.0.0/8)"),
            block("100.64.0.0/10", "carrier-grade NAT address (100.64.0.0/10)"),
            block("127.0.0.0/8", "loopback address (127.0.0.0/8)"),
            block("169.254.0.0/16", "link-local address (169.254.0.0/16; includes cloud metadata)"),
            block("172.16.0.0/12", "private address (172.16.0.0/12)"),
            block("192.0.0.0/24", "IETF protocol assignment (192.0.0.0/24)"),
            block("192.0.2.0/24", "documentation address (192.0.2.0/24)"),
            block("192.31.196.0/24", "AS112 service address (192.31.196.0/24)"),
            block("192.52.193.0/24", "AMT relay address (192.52.193.0/24)"),
            block("192.88.99.0/24", "6to4 relay anycast address (192.88.99.0/24)"),
            block("192.168.0.0/16", "private address (192.168.0.0/16)"),
            block("192.175.48.0/24", "AS112 direct delegation address (192.175.48.0/24)"),
            block("198.18.0.0/15", "benchmarking address (198.18.0.0/15)"),
            block("198.51.100.0/24", "documentation address (198.51.100.0/24)"),
            block("203.0.113.0/24", "documentation address (203.0.113.0/24)"),
            block("224.0.0.0/4", "multicast address (224.0.0.0/4)"),
            block("240.0.0.0/4", "reserved or broadcast address (240.0.0.0/4)"),
            block("::/128", "unspecified address (::)"),
            block("::1/128", "loopback address (::1)"),
            block("::/96", "IPv4-compatible IPv6 address (::/96)"),
            block("::ffff:0:0/96", "IPv4-mapped IPv6 address (::ffff:0:0/96)"),
            block("64:ff9b::/96", "NAT64 address (64:ff9b::/96)"),
            block("64:ff9b:1::/48", "local-use NAT64 address (64:ff9b:1::/48)"),
            block("100::/64", "discard-only address (100::/64)"),
            block("2001::/32", "Teredo address (2001::/32)"),
            block("2001::/23", "IETF protocol assignment (2001::/23)"),
            block("2001:db8::/32", "documentation address (2001:db8::/32)"),
            block("2002::/16", "6to4 address (2002::/16)"),
            block("3fff::/20", "documentation address (3fff::/20)"),
            block("5f00::/16", "segment routing address (5f00::/16)"),
            block("fc00::/7", "unique-local address (fc00::/7)"),
            block("fe80::/10", "link-local address (fe80::/10)"),
            block("fec0::/10", "site-local address (fec0::/10)"),
            block("ff00::/8", "multicast address (ff00::/8)"));

    private SpecialPurposeBlocks() {
    }

    /** Which special-purpose block holds this address, or empty for ordinary public unicast. */
    static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : BLOCKS) {
            if (block.contains(bytes)) {
                return Optional.of(block.description());
            }
        }
        return Optional.empty();
    }

    private static Block block(String cidr, String description) {
        int slash = cidr.indexOf('/');
        try {
            // literals only: getByName does not touch DNS for them
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.startsWith("::ffff:")) {
                prefix = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0};
            }
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), description);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
