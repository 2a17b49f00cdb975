package dev.switchboard.ticket.lifecycle.persistence;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The adapter on a real MongoDB 8, as in compose and Kubernetes; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class MongoTicketWriteStoreContainerIT extends TicketWriteStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Override
    String connectionString() {
        return MONGO.getConnectionString();
    }
}
