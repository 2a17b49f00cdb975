package dev.switchboard.sla.clock.messaging;

import org.springframework.cloud.stream.annotation.StreamRetryTemplate;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

import java.time.Duration;

/**
 * The retries of {@code ticketEvents-in-0}: the attempts and back-off of its binding properties, except that a
 * record that cannot be read ({@link UnreadableEventException}, however deeply wrapped) is never retried and goes
 * to the DLQ at once. Binding's own {@code retryable-exceptions} would say the same, but Spring Cloud Stream 5.0.2
 * cannot bind a class name as its key.
 */
@Configuration(proxyBeanMethods = false)
class TicketEventsRetryConfiguration {

    static final String BINDING = "ticketEvents-in-0";

    @StreamRetryTemplate
    RetryTemplate ticketEventsRetry(BindingServiceProperties bindings) {
        ConsumerProperties consumer = bindings.getConsumerProperties(BINDING);
        return new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, consumer.getMaxAttempts() - 1))
                .delay(Duration.ofMillis(consumer.getBackOffInitialInterval()))
                .multiplier(consumer.getBackOffMultiplier())
                .maxDelay(Duration.ofMillis(consumer.getBackOffMaxInterval()))
                .predicate(TicketEventsRetryConfiguration::retryable)
                .build());
    }

    static boolean retryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableEventException) {
                return false;
            }
        }
        return true;
    }
}
