package dev.switchboard.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import dev.switchboard.ticket.validation.OccurredAtRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param source        the {@code ce_source} of every event this service produces
 * @param sendTimeout   how long a request waits for the broker's acknowledgement before answering 503
 * @param batchMaxItems the largest batch {@code POST /tickets/batch} accepts
 * @param pageSize      the default page size of {@code GET /tickets}
 * @param maxPageSize   the largest page size a caller may ask for
 * @param occurredAt    how far a caller-given {@code occurredAt} may lie from now
 */
@Validated
@ConfigurationProperties("switchboard.ticket")
public record TicketServiceProperties(
        @NotBlank String source,
        @NotNull Duration sendTimeout,
        @Min(1) @Max(10_000) int batchMaxItems,
        @Min(1) int pageSize,
        @Min(1) @Max(1_000) int maxPageSize,
        @NotNull OccurredAt occurredAt) {

    /**
     * @param maxAge   the oldest {@code occurredAt} accepted, back from now
     * @param maxAhead the latest, ahead of now
     */
    public record OccurredAt(@NotNull Duration maxAge, @NotNull Duration maxAhead) {

        public OccurredAtRule rule() {
            return new OccurredAtRule(maxAge, maxAhead);
        }
    }
}
