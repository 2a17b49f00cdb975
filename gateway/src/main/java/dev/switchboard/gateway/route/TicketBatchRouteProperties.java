package dev.switchboard.gateway.route;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.ticket-batch.*}: the route of {@code POST /api/v1/tickets/batch}. A batch of 1,000
 * tickets is answered once all of them are durable in Kafka, which on a busy machine takes longer than the response
 * timeout that suits single calls: cut off at that, the client got a 504 for a batch that was accepted after all,
 * and the ticket-service breaker opened on calls that were only slow.
 *
 * @param responseTimeout how long the gateway waits for ticket-service's answer to a batch before it answers 504
 */
@Validated
@ConfigurationProperties("switchboard.gateway.ticket-batch")
public record TicketBatchRouteProperties(@NotNull @DefaultValue("60s") Duration responseTimeout) {
}
