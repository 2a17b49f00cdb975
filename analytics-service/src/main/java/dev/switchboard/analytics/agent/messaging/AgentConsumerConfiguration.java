package dev.switchboard.analytics.agent.messaging;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.agent.AgentRecorder;
import dev.switchboard.analytics.agent.AgentStateApplier;
import dev.switchboard.analytics.agent.AgentStateStore;
import dev.switchboard.analytics.agent.AgentTimelineApplier;
import dev.switchboard.analytics.agent.AgentTimelineStore;
import dev.switchboard.analytics.agent.TimelineRecorder;
import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.messaging.CloudEventReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The {@code agentEvents-in-0} consumer of {@code agents.events}: agents' teams and presence. Records are read by the
 * same {@link CloudEventReader} as the ticket topics, so unreadable ones go to {@code agents.events.dlq} the same way.
 */
@Configuration(proxyBeanMethods = false)
class AgentConsumerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgentConsumerConfiguration.class);

    @Bean
    AgentRecorder agentRecorder(AgentStateStore store, AnalyticsProperties properties) {
        return new AgentRecorder(store, new AgentStateApplier(), properties.maxWriteAttempts());
    }

    /** Also the ticket facts' {@link dev.switchboard.analytics.fact.HandlingSink}. */
    @Bean
    TimelineRecorder timelineRecorder(AgentTimelineStore store, BucketWriter buckets, AnalyticsProperties properties,
                                      Clock clock) {
        return new TimelineRecorder(store, buckets, new AgentTimelineApplier(), properties.maxWriteAttempts(), clock);
    }

    @Bean
    Consumer<Message<byte[]>> agentEvents(ObjectMapper mapper, AgentRecorder recorder, TimelineRecorder timelines) {
        CloudEventReader reader = new CloudEventReader(mapper);
        AgentStateApplier agents = new AgentStateApplier();
        return message -> reader.read(message).ifPresentOrElse(
                event -> {
                    recorder.record(event.id(), event.data());
                    agents.agentIdOf(event.data())
                            .ifPresent(agentId -> timelines.record(agentId, event.id(), event.data()));
                },
                () -> log.debug("Skipped a record of a type this service does not know: {}", message.getHeaders()));
    }
}
