package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.switchboard.events.Topic;
import dev.switchboard.local.service.FakeReadyService;
import dev.switchboard.local.service.SwitchboardService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault suite's infrastructure faults: the broker and the stand-in come back on their ports with their data. */
class LocalSystemRestartIT {

    @TempDir
    Path repo;

    @TempDir
    Path data;

    @Test
    void shouldBringKafkaAndAPersistentMongoBackWithTheirTopicsAndDocuments() throws Exception {
        for (SwitchboardService service : SwitchboardService.values()) {
            FakeReadyService.jar(service.jar(repo));
        }
        LocalSettings settings = LocalSettings.forTests(repo, data).withPersistentMongo(true)
                .withReadinessTimeout(Duration.ofMinutes(2));

        try (LocalSystem system = new LocalSystem(settings).start()) {
            String uri = system.mongoConnectionString("switchboard_tickets");
            try (MongoClient mongo = MongoClients.create(uri)) {
                mongo.getDatabase("switchboard_tickets").getCollection("tickets").insertOne(new Document("_id", "t-1"));
            }

            system.restartKafka();
            system.restartMongo();

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    system.kafkaBootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(Topic.TICKETS_EVENTS.topicName());
            }
            try (MongoClient mongo = MongoClients.create(uri)) {
                assertThat(mongo.getDatabase("switchboard_tickets").getCollection("tickets").countDocuments())
                        .isEqualTo(1);
            }
        }
    }
}
