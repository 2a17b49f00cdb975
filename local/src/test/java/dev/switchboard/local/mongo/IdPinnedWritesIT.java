package dev.switchboard.local.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.switchboard.local.Ports;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services' compare-and-set writes ({@code _id} plus a version or epoch) answered from the {@code _id} index
 * give the answers MongoDB gives, on both backends of the stand-in.
 */
class IdPinnedWritesIT {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void shouldReplaceOnlyWhenTheVersionStillMatches(String backend) {
        withTickets(backend, tickets -> {
            var replaced = tickets.replaceOne(Filters.and(Filters.eq("_id", "t-7"), Filters.eq("version", 7)),
                    new Document("version", 8).append("subject", "new"));
            var stale = tickets.replaceOne(Filters.and(Filters.eq("_id", "t-7"), Filters.eq("version", 7)),
                    new Document("version", 9).append("subject", "stale"));

            assertThat(replaced.getModifiedCount()).isEqualTo(1);
            assertThat(stale.getMatchedCount()).isZero();
            assertThat(tickets.find(Filters.eq("_id", "t-7")).first())
                    .containsEntry("version", 8).containsEntry("subject", "new");
            assertThat(tickets.countDocuments(Filters.eq("subject", "new"))).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void shouldApplyEveryOtherClauseOfAnIdPinnedUpdate(String backend) {
        withTickets(backend, tickets -> {
            var fenced = tickets.updateOne(Filters.and(Filters.eq("_id", "t-3"), Filters.ne("applied", "x"),
                    Filters.not(Filters.gte("version", 3))), Updates.push("applied", "x"));
            var applied = tickets.updateOne(Filters.and(Filters.eq("_id", "t-4"), Filters.ne("applied", "x"),
                    Filters.not(Filters.gte("version", 5))), Updates.push("applied", "x"));
            var again = tickets.updateOne(Filters.and(Filters.eq("_id", "t-4"), Filters.ne("applied", "x")),
                    Updates.push("applied", "x"));

            assertThat(fenced.getMatchedCount()).isZero();
            assertThat(applied.getModifiedCount()).isEqualTo(1);
            assertThat(again.getMatchedCount()).isZero();
            assertThat(tickets.find(Filters.eq("_id", "t-4")).first().getList("applied", String.class))
                    .containsExactly("x");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void shouldRefuseAnUpsertWhoseConditionFailsOnAnExistingId(String backend) {
        withTickets(backend, tickets -> {
            // routing's fencing: a stale epoch's upsert must collide with the newer document, not overwrite it
            assertThatThrownBy(() -> tickets.replaceOne(
                    Filters.and(Filters.eq("_id", "t-9"), Filters.lte("version", 2)),
                    new Document("version", 2), new ReplaceOptions().upsert(true)))
                    .isInstanceOf(MongoWriteException.class);
            tickets.replaceOne(Filters.and(Filters.eq("_id", "t-new"), Filters.lte("version", 2)),
                    new Document("version", 2), new ReplaceOptions().upsert(true));

            assertThat(tickets.find(Filters.eq("_id", "t-9")).first()).containsEntry("version", 9);
            assertThat(tickets.find(Filters.eq("_id", "t-new")).first()).containsEntry("version", 2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void shouldStillAnswerQueriesThatPinNoSingleId(String backend) {
        withTickets(backend, tickets -> {
            List<String> byIn = tickets.find(Filters.in("_id", List.of("t-2", "t-5", "missing")))
                    .sort(Sorts.ascending("_id")).map(document -> document.getString("_id")).into(new java.util.ArrayList<>());
            long older = tickets.countDocuments(Filters.lt("version", 4));
            long missing = tickets.countDocuments(Filters.and(Filters.eq("_id", "nope"), Filters.eq("version", 1)));

            assertThat(byIn).containsExactly("t-2", "t-5");
            assertThat(older).isEqualTo(4);
            assertThat(missing).isZero();
        });
    }

    private void withTickets(String backend, java.util.function.Consumer<MongoCollection<Document>> test) {
        int port = Ports.randomFree().mongo();
        Function<Integer, MongoStandIn> start = backend.equals("h2")
                ? p -> MongoStandIn.persistent(folder, p)
                : MongoStandIn::inMemory;
        try (MongoStandIn mongo = start.apply(port);
             MongoClient client = MongoClients.create(mongo.connectionString("switchboard_tickets"))) {
            MongoCollection<Document> tickets = client.getDatabase("switchboard_tickets").getCollection("tickets");
            tickets.insertMany(IntStream.range(0, 10)
                    .mapToObj(i -> new Document("_id", "t-" + i).append("version", i).append("subject", "s" + i))
                    .toList());
            test.accept(tickets);
        }
    }
}
