package org.ordinancewatch.alert.subscriptions;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Who a subscribe request comes from, for its rate limit: an IPv4 address, or the /64 network of an IPv6
 * one, since a single IPv6 host usually has a whole /64 to pick addresses from.
 */
final class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddress() {
    }

    static String bucket(String ip) {
        if (ip == null || ip.isBlank()) {
            return "unknown";
        }
        String literal = ip.strip().replaceFirst("^\\[(.*)]$", "$1").replaceFirst("%.*$", "");
        if (!literal.contains(":") || !IPV6_LITERAL.matcher(literal).matches()) {
            return literal;
        }
        byte[] bytes;
        try {
            // A literal of hex digits and colons is parsed, never looked up.
            InetAddress address = InetAddress.getByName(literal);
            if (address.getAddress().length == 4) {
                return address.getHostAddress();
            }
            bytes = address.getAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }
}
