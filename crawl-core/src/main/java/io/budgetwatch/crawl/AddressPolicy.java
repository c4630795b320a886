package io.budgetwatch.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses a portal link may lead to: public unicast only, unless the host or address is allow-listed (the
 * local portal, tests). Refuses loopback, private (RFC 1918, RFC 4193), carrier-grade NAT, link-local (cloud
 * metadata at 169.254.169.254 included), multicast, unspecified and broadcast addresses, also inside IPv4-mapped
 * IPv6 addresses.
 */
public record AddressPolicy(Set<String> allowListed) {

    public static AddressPolicy allowing(Set<String> hostsOrAddresses) {
        return new AddressPolicy(hostsOrAddresses.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** Why {@code address} (resolved from {@code host}) may not be fetched, or empty when it may. */
    public Optional<String> refusal(String host, InetAddress address) {
        if (allowListed.contains(host.toLowerCase(Locale.ROOT)) || allowListed.contains(address.getHostAddress())) {
            return Optional.empty();
        }
        return reason(address).map(r -> r + " address " + address.getHostAddress() + " of " + host
                + " (allow-list it in BUDGETWATCH_INGEST_ALLOWED_PRIVATE_HOSTS)");
    }

    private static Optional<String> reason(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isMappedV4(b)) {
                try {
                    return reason(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (java.net.UnknownHostException e) {
                    return Optional.of("invalid");
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("private");
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (metadata)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first == 255 && second == 255) {
                return Optional.of("reserved");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("private (carrier-grade NAT)");
            }
        }
        return Optional.empty();
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
