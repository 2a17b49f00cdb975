package dev.switchboard.local.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The memory backend whose collections answer {@code _id}-pinned queries from the {@code _id} index and keep no
 * data-size accounting.
 */
final class IdIndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class Collection extends MemoryCollection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        /**
         * No size accounting: it encodes the whole old and new document on every write (for {@code collStats}' size,
         * which nothing of Switchboard reads), and was half the stand-in's update time on the large KPI buckets.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            return IdIndexLookup.positions(query, getIdField(), getIndexes())
                    .map(positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector))
                    .orElseGet(() -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector));
        }
    }
}
