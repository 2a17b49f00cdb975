package dev.switchboard.gateway.stream.kafka;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The console's live stream ({@code GET /api/v1/stream}). Kafka's address is Boot's
 * {@code spring.kafka.bootstrap-servers}, like every service's.
 *
 * @param enabled          false: no Kafka reader; the stream answers with status DISABLED only
 * @param topics           the topics streamed (read from their latest offsets, read_committed)
 * @param clientBuffer     events buffered per client before its oldest are dropped
 * @param replay           events kept for clients that reconnect with {@code Last-Event-ID}
 * @param holders          tickets whose holding agent is remembered (for AGENT streams)
 * @param heartbeat        a comment line this often keeps idle connections (and proxies) open
 * @param retryBackoff     wait before trying Kafka again after it did not answer
 * @param metadataTimeout  how long to wait for a topic's partitions before reporting UNAVAILABLE
 */
@Validated
@ConfigurationProperties("switchboard.gateway.stream")
public record StreamProperties(
        boolean enabled,
        @NotEmpty List<String> topics,
        @Min(1) @Max(100_000) int clientBuffer,
        @Min(0) @Max(100_000) int replay,
        @Min(1) int holders,
        @NotNull Duration heartbeat,
        @NotNull Duration retryBackoff,
        @NotNull Duration metadataTimeout) {
}
