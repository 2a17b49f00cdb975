package dev.switchboard.routing.leadership.runtime;

import com.mongodb.ConnectionString;
import com.mongodb.reactivestreams.client.MongoClient;
import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import dev.switchboard.routing.config.RoutingProperties;
import dev.switchboard.routing.leadership.LeaderElection;
import dev.switchboard.routing.leadership.persistence.MongoLeaseStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Wires the lease in MongoDB, the election and the consumers it starts and stops. */
@Configuration(proxyBeanMethods = false)
class LeadershipConfiguration {

    /** The consumer bindings only the leader runs (auto-startup is off for each in application.yml). */
    static final List<String> ENGINE_BINDINGS = List.of("ticketEvents-in-0", "agentEvents-in-0", "slaEvents-in-0");

    @Bean
    EngineLeadership engineLeadership(RoutingCoordinator coordinator, BindingsLifecycleController bindings,
                                      MeterRegistry meters) {
        // followers answer reads from a copy of the state, so their queue gauges repeat the leader's: filter on this
        Gauge.builder("switchboard.routing.leader", coordinator, leading -> leading.isLeading() ? 1 : 0)
                .description("1 on the instance whose engine decides, 0 on followers")
                .register(meters);
        return new EngineLeadership(coordinator, bindings, ENGINE_BINDINGS);
    }

    @Bean
    LeaderElection leaderElection(EngineLeadership leadership, MongoClient mongoClient,
                                  MongoConnectionDetails connection, RoutingProperties properties, Clock clock) {
        ConnectionString connectionString = connection.getConnectionString();
        String database = connectionString.getDatabase() == null ? "switchboard_routing"
                : connectionString.getDatabase();
        MongoLeaseStore leases = new MongoLeaseStore(mongoClient.getDatabase(database), properties.storeTimeout());
        LeaderElection election = new LeaderElection(instanceId(properties.leadership().instanceId()), leases, clock,
                properties.leadership().leaseTtl(), leadership);
        leadership.electWith(election);
        return election;
    }

    @Bean
    LeaseRenewalLoop leaseRenewalLoop(LeaderElection election, EngineLeadership leadership,
                                      RoutingCoordinator coordinator, RoutingProperties properties) {
        return new LeaseRenewalLoop(election, leadership, coordinator, properties.leadership().followerRefresh());
    }

    private static String instanceId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "routing-service";
        }
        // a restarted process must not renew its predecessor's lease: the suffix makes each process a new holder
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
