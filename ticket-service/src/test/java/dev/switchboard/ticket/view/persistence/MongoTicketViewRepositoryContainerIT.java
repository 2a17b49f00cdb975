package dev.switchboard.ticket.view.persistence;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The adapter on a real MongoDB 8, as in compose and Kubernetes; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class MongoTicketViewRepositoryContainerIT extends TicketViewRepositoryContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Override
    String connectionString() {
        return MONGO.getConnectionString();
    }
}
