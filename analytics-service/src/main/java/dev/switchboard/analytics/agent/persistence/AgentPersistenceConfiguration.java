package dev.switchboard.analytics.agent.persistence;

import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.agent.AgentStateStore;
import dev.switchboard.analytics.agent.AgentTimelineStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgentPersistenceConfiguration {

    static final String COLLECTION = "agent_states";
    static final String TIMELINES = "agent_timelines";

    @Bean
    AgentStateStore agentStateStore(MongoDatabase analyticsDatabase, AnalyticsProperties properties) {
        return new MongoAgentStateStore(analyticsDatabase.getCollection(COLLECTION), properties.storeTimeout());
    }

    @Bean
    AgentTimelineStore agentTimelineStore(MongoDatabase analyticsDatabase, AnalyticsProperties properties) {
        return new MongoAgentTimelineStore(analyticsDatabase.getCollection(TIMELINES), properties.storeTimeout());
    }
}
