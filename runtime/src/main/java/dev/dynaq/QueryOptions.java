package dev.dynaq;

import dev.dynaq.internal.QuerySpec;
import dev.dynaq.internal.ReadKeys;
import dev.dynaq.internal.SortKeyCondition;
import dev.dynaq.internal.TableContext;

/**
 * The options of {@link Query} and {@link AsyncQuery} beyond those a scan has too: order, end cursor,
 * and the sort-key condition and consistent read that generated query types expose where the index
 * allows them.
 *
 * @param <T> the entity type
 * @param <Q> the concrete query type, returned by the option methods
 */
abstract class QueryOptions<T, Q extends QueryOptions<T, Q>> extends ReadOptions<T, Q> {

    /**
     * @param context the table
     * @param spec what is asked
     */
    QueryOptions(TableContext<T> context, QuerySpec spec) {
        super(context, spec);
    }

    /** @return a query with the sort-key condition (replacing any earlier one) */
    protected final Q withSortKey(SortKeyCondition condition) {
        return copy(spec().withSortKey(condition));
    }

    /** @return a query reading consistently; generated query types expose it where DynamoDB allows it */
    protected final Q withConsistentRead() {
        return copy(spec().withConsistentRead(true));
    }

    /** @return a query reading in descending sort-key order (newest first for a time sort key) */
    public final Q descending() {
        return copy(spec().withDescending(true));
    }

    /**
     * Ends the results at a position: the item whose key is the cursor's is the last one returned, and
     * the read stops at the first item past it in query order (respecting {@code descending()}).
     *
     * @param cursor where to stop: results end with the item the cursor was taken after
     * @return the new query
     * @throws InvalidCursorException if the cursor belongs to another table, index, partition or key shape
     */
    public final Q endCursor(Cursor cursor) {
        ReadKeys.validateCursor(context().schema(), spec(), cursor, "end cursor");
        return copy(spec().withEndCursor(cursor));
    }
}
