package io.budgetwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    private final AddressPolicy policy = AddressPolicy.allowing(Set.of("127.0.0.1", " Portal.Local "));

    @Test
    void nonPublicAddressesAreRefusedUnlessAllowListed() throws UnknownHostException {
        for (String address : new String[] {"127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1",
                "::ffff:10.0.0.1"}) {
            assertTrue(policy.refusal("h", InetAddress.getByName(address)).isPresent(), address);
        }
        assertEquals(Optional.empty(), policy.refusal("h", InetAddress.getByName("127.0.0.1")), "allow-listed");
        assertEquals(Optional.empty(), policy.refusal("portal.local", InetAddress.getByName("10.0.0.5")),
                "allow-listed by host name");
        assertEquals(Optional.empty(), policy.refusal("h", InetAddress.getByName("202.108.22.5")), "public");
        assertTrue(policy.refusal("metadata", InetAddress.getByName("169.254.169.254")).get().contains("link-local"));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Thu, 01 Jan 2026 00:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999", now));
    }
}
