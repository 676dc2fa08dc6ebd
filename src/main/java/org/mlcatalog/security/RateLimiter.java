package org.mlcatalog.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client, refilled steadily over each minute. The least recently seen clients
 * are forgotten first, so memory stays bounded however many addresses call.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    /** What one request used of its client's allowance. */
    public record Allowance(boolean granted, long limit, long remaining, long secondsToWait) {}

    private final boolean enabled;
    private final long readsPerMinute;
    private final long writesPerMinute;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    });

    public RateLimiter(
            @ConfigProperty(name = "catalog.rate-limit.enabled") boolean enabled,
            @ConfigProperty(name = "catalog.rate-limit.reads-per-minute") long readsPerMinute,
            @ConfigProperty(name = "catalog.rate-limit.writes-per-minute") long writesPerMinute) {
        this.enabled = enabled;
        this.readsPerMinute = readsPerMinute;
        this.writesPerMinute = writesPerMinute;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes one read from the allowance of a client address. */
    public Allowance read(String address) {
        return take("read:" + address, readsPerMinute);
    }

    /** Takes one write from the allowance of a token subject. */
    public Allowance write(String subject) {
        return take("write:" + subject, writesPerMinute);
    }

    private Allowance take(String client, long perMinute) {
        Bucket bucket = buckets.computeIfAbsent(
                client,
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long wait = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new Allowance(
                probe.isConsumed(), perMinute, probe.getRemainingTokens(), probe.isConsumed() ? 0 : Math.max(1, wait));
    }
}
