package dev.switchboard.local.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class IdIndexLookupTest {

    @Test
    void shouldPinTheIdOfATopLevelEquality() {
        Document query = new Document("_id", "t-1").append("version", 3);

        assertThat(IdIndexLookup.pinnedId(query, "_id")).contains("t-1");
    }

    @Test
    void shouldPinTheIdOfAnEqualityInsideTopLevelAnd() {
        Document query = new Document("$and", List.of(new Document("_id", "t-1"), new Document("version", 3)));

        assertThat(IdIndexLookup.pinnedId(query, "_id")).contains("t-1");
    }

    @Test
    void shouldNotPinAnIdOperatorArrayRegexOrNull() {
        assertThat(IdIndexLookup.pinnedId(new Document("_id", new Document("$in", List.of("a", "b"))), "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document("_id", new Document("$lt", "b")), "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document("_id", List.of("a")), "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document("_id", Pattern.compile("^t-")), "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document("_id", null), "_id")).isEmpty();
    }

    @Test
    void shouldNotPinAnIdUnderOrOrWhenAbsent() {
        Document or = new Document("$or", List.of(new Document("_id", "a"), new Document("_id", "b")));

        assertThat(IdIndexLookup.pinnedId(or, "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document("status", "OPEN"), "_id")).isEmpty();
        assertThat(IdIndexLookup.pinnedId(new Document(), "_id")).isEmpty();
    }
}
