package dev.switchboard.local.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.switchboard.local.Ports;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStandInIT {

    @TempDir
    Path folder;

    @Test
    void shouldReadBackAfterReopeningTheH2File() {
        int port = Ports.randomFree().mongo();

        try (MongoStandIn mongo = MongoStandIn.persistent(folder, port);
             MongoClient client = MongoClients.create(mongo.connectionString("switchboard_tickets"))) {
            tickets(client).insertOne(new Document("_id", "t-1").append("subject", "Refund").append("version", 3));
        }

        try (MongoStandIn mongo = MongoStandIn.persistent(folder, port);
             MongoClient client = MongoClients.create(mongo.connectionString("switchboard_tickets"))) {
            Document ticket = tickets(client).find(Filters.eq("_id", "t-1")).first();
            assertThat(ticket).isNotNull();
            assertThat(ticket.getString("subject")).isEqualTo("Refund");
            assertThat(ticket.getInteger("version")).isEqualTo(3);
        }
    }

    @Test
    void shouldForgetEverythingWhenInMemory() {
        int port = Ports.randomFree().mongo();

        try (MongoStandIn mongo = MongoStandIn.inMemory(port);
             MongoClient client = MongoClients.create(mongo.connectionString("switchboard_tickets"))) {
            tickets(client).insertOne(new Document("_id", "t-1"));
        }

        try (MongoStandIn mongo = MongoStandIn.inMemory(port);
             MongoClient client = MongoClients.create(mongo.connectionString("switchboard_tickets"))) {
            assertThat(tickets(client).countDocuments()).isZero();
        }
    }

    private static MongoCollection<Document> tickets(MongoClient client) {
        return client.getDatabase("switchboard_tickets").getCollection("tickets");
    }
}
