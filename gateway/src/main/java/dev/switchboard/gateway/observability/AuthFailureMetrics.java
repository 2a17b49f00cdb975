package dev.switchboard.gateway.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code switchboard.gateway.auth.failures{reason}}: refused requests, to spot key leaks and misconfigured clients. */
@Component
public class AuthFailureMetrics {

    public enum Reason {
        /** no credential at all: 401 */
        MISSING_CREDENTIALS,
        /** a credential no configured key matches: 401 */
        INVALID_CREDENTIALS,
        /** a valid credential whose role may not call the path: 403 */
        FORBIDDEN
    }

    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);

    public AuthFailureMetrics(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            counters.put(reason, Counter.builder("switchboard.gateway.auth.failures")
                    .description("Requests refused by authentication or authorization")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    public void record(Reason reason) {
        counters.get(reason).increment();
    }
}
