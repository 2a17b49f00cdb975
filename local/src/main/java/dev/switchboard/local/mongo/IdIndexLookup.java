package dev.switchboard.local.mongo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Finds the documents a query pins by an {@code _id} equality through the collection's {@code _id} index.
 *
 * <p>Why: mongo-java-server uses a unique index only when the query's fields are exactly the index's fields, so a
 * compare-and-set filter such as {@code {_id: "t-1", version: 3}} (or its {@code $and} form) scans the whole
 * collection. Every service writes that way, so on the stand-in each conditional write cost time in proportion to
 * the collection's size, and the stand-in took most of the machine's CPU as history grew. MongoDB itself answers
 * such a query from the {@code _id} index; with this lookup the stand-in does the same. The pinned document still
 * goes through the stand-in's full query matcher, so the answer is the one a scan would give.
 */
final class IdIndexLookup {

    private static final String AND = "$and";

    private IdIndexLookup() {
    }

    /**
     * The positions of the at most one document whose {@code idField} equals the value the query pins, or empty when
     * the query pins no plain {@code _id} value (then the caller scans as before).
     */
    static <P> Optional<Iterable<P>> positions(Document query, String idField, List<Index<P>> indexes) {
        if (idField == null) {
            return Optional.empty();
        }
        Optional<Object> pinned = pinnedId(query, idField);
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        return idIndex(indexes, idField).map(index -> index.getPositions(new Document(idField, pinned.get())));
    }

    /** The plain value of an {@code _id} equality at the top of the query or in a top-level {@code $and}. */
    static Optional<Object> pinnedId(Document query, String idField) {
        if (query == null) {
            return Optional.empty();
        }
        if (query.containsKey(idField)) {
            return plain(query.get(idField));
        }
        if (query.get(AND) instanceof Collection<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && document.containsKey(idField)) {
                    Optional<Object> value = plain(document.get(idField));
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A value that means "equal to exactly this": not an operator document, array, regex or null. */
    private static Optional<Object> plain(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Pattern
                || value instanceof BsonRegularExpression || value.getClass().isArray()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static <P> Optional<Index<P>> idIndex(List<Index<P>> indexes, String idField) {
        for (Index<P> index : indexes) {
            List<IndexKey> keys = index.getKeys();
            if (index.isUnique() && keys.size() == 1 && keys.get(0).getKey().equals(idField)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
