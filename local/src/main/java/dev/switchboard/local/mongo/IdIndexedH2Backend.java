package dev.switchboard.local.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The H2 file backend whose collections answer {@code _id}-pinned queries from the {@code _id} index
 * ({@link IdIndexLookup} says why) and keep no data-size accounting. Same file layout as {@link H2Backend}: a file
 * written by either opens in the other.
 */
final class IdIndexedH2Backend extends H2Backend {

    IdIndexedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /**
     * Inner, not nested: {@link H2Database}'s constructor opens the existing collections through
     * {@link #openOrCreateCollection} before a field of a subclass is assigned, and the outer backend (set before
     * that) is where the store comes from.
     */
    private final class Database extends H2Database {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, getMvStore(), cursorRegistry);
        }

        /** The map names are {@link H2Database}'s own ("databases." and "meta." plus the namespace). */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new Collection(this, collectionName, options,
                    getMvStore().openMap("databases." + namespace), getMvStore().openMap("meta." + namespace),
                    cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                org.h2.mvstore.MVMap<Object, Document> dataMap, org.h2.mvstore.MVMap<String, Object> metaMap,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
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
