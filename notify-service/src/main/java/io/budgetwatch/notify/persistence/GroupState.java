package io.budgetwatch.notify.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * What a receiver was last told about an aggregation group (Alertmanager's notification log): when, and which of
 * its alerts were firing then; the repeat is due at {@code nextRepeatAt} while some still fire.
 */
@Entity
@Table(name = "notify_group")
public class GroupState extends PanacheEntityBase {
    private static final TypeReference<List<String>> FINGERPRINTS = new TypeReference<>() {
    };

    /** SHA-256 of receiver and group key: group keys are too long for a readable composite key. */
    @Id
    @Column(name = "id", length = 64)
    public String id;

    @Column(name = "receiver", nullable = false, length = 256)
    public String receiver;

    @Column(name = "group_key", nullable = false, length = 1024)
    public String groupKey;

    /** The group's labels, as a JSON object: what a repeat is sent with. */
    @Column(name = "group_labels", columnDefinition = "text")
    public String groupLabels;

    /** Fingerprints notified as firing and not notified as resolved since, as a sorted JSON list. */
    @Column(name = "firing", nullable = false, columnDefinition = "text")
    public String firing;

    @Column(name = "last_notified_at", nullable = false)
    public Instant lastNotifiedAt;

    @Column(name = "repeat_seconds")
    public Long repeatSeconds;

    @Column(name = "next_repeat_at")
    public Instant nextRepeatAt;

    public static String id(String receiver, String groupKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((receiver + "\n" + groupKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public List<String> firingFingerprints() {
        try {
            return EventJson.mapper().readValue(firing, FINGERPRINTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("notify_group " + id + " holds unreadable fingerprints", e);
        }
    }

    public void firingFingerprints(List<String> fingerprints) {
        firing = EventJson.writeString(fingerprints.stream().sorted().distinct().toList());
    }
}
