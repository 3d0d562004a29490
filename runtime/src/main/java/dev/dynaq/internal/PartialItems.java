package dev.dynaq.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers which entity instances were read with only some of their attributes (projected or
 * keys-only queries, {@code UPDATED_NEW} update results), so that writing one back, which would
 * erase the attributes it lacks, can be refused. Instances are held weakly and compared by identity:
 * an equal but fully read instance is not partial. Thread-safe.
 */
public final class PartialItems {
    private static final Object LOCK = new Object();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Set<IdentityRef> MARKED = new HashSet<>();

    private PartialItems() {
    }

    /** @param item an entity instance that holds only some of the item's attributes */
    public static void mark(Object item) {
        if (item == null) {
            return;
        }
        synchronized (LOCK) {
            expunge();
            MARKED.add(new IdentityRef(item, QUEUE));
        }
    }

    /**
     * @param item an entity instance
     * @return whether it was marked partial
     */
    public static boolean isPartial(Object item) {
        if (item == null) {
            return false;
        }
        synchronized (LOCK) {
            expunge();
            return MARKED.contains(new IdentityRef(item, null));
        }
    }

    private static void expunge() {
        for (Object ref = QUEUE.poll(); ref != null; ref = QUEUE.poll()) {
            MARKED.remove(ref);
        }
    }

    private static final class IdentityRef extends WeakReference<Object> {
        private final int hash;

        IdentityRef(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof IdentityRef ref)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == ref.get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
