package vn.tdkt.awards.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a node caches of the reference data follows the database: a change (through any node) raises the version in
 * {@code reference_version}. Outside a transaction a cache asks for the version at most once a second and reloads
 * when it moved; a transaction checks it at its first read of each cache and keeps that copy to its end, as if it had
 * read the tables then (one statement instead of one per value, and the same values throughout); a transaction that
 * changes reference data reads the tables itself.
 */
@Component
public class ReferenceVersion {

	static final long RECHECK_NANOS = 1_000_000_000L;

	private final JdbcClient jdbc;

	private final List<Cached<?>> caches = new CopyOnWriteArrayList<>();

	/** Marks a transaction that changes reference data (a resource bound to it). */
	private final Object changing = new Object();

	public ReferenceVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return jdbc.sql("select version from reference_version where id = 1").query(Long.class).single();
	}

	/**
	 * In a transaction that writes reference data (the pages, the API, a reorganization, the start-up loaders): the
	 * version moves, and every node's caches reload once it commits (org writers call this before their first row, so
	 * two of them never wait on each other's orgs); this transaction reads the tables itself from now on, and this
	 * node's caches reload now and when it ends.
	 */
	public void changed() {
		jdbc.sql("update reference_version set version = version + 1 where id = 1").update();
		caches.forEach(Cached::reset);
		if (TransactionSynchronizationManager.isSynchronizationActive() && !changingHere()) {
			TransactionResources.bindUntilCompletion(changing, Boolean.TRUE, () -> caches.forEach(Cached::reset));
		}
	}

	/** Whether this transaction changed reference data (it then reads the tables, not the copies). */
	public boolean changingHere() {
		return TransactionSynchronizationManager.hasResource(changing);
	}

	/** A value loaded from the reference data, reloaded when the version moved. */
	public <T> Cached<T> cache(Supplier<T> loader) {
		Cached<T> cached = new Cached<>(this, loader);
		caches.add(cached);
		return cached;
	}

	public static final class Cached<T> {

		private final ReferenceVersion version;

		private final Supplier<T> loader;

		private volatile T value;

		private volatile long loadedAt = -1;

		private volatile long checkedAt;

		/** Moves with every {@link #reset}: a load begun before a reset does not publish what it read. */
		private final AtomicLong generation = new AtomicLong();

		Cached(ReferenceVersion version, Supplier<T> loader) {
			this.version = version;
			this.loader = loader;
		}

		/**
		 * The value this transaction reads: the version checked at its first read and the copy kept to its end; read
		 * from the tables in a transaction that changes reference data; outside a transaction, {@link #get}.
		 */
		@SuppressWarnings("unchecked")
		public T inTransaction() {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return get();
			}
			if (version.changingHere()) {
				return loader.get();
			}
			T bound = (T) TransactionSynchronizationManager.getResource(this);
			if (bound == null) {
				bound = fresh();
				TransactionResources.bindUntilCompletion(this, bound, () -> {
				});
			}
			return bound;
		}

		/** The value, the version checked at most once a second. */
		public T get() {
			T current = value;
			if (current != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
				return current;
			}
			return fresh();
		}

		/** The value of the version in the database now (one statement when nothing changed). */
		public T fresh() {
			long now = System.nanoTime();
			long seen = generation.get();
			T current = value;
			long v = version.current();
			if (current == null || v != loadedAt) {
				current = loader.get();
				if (generation.get() == seen) {
					value = current;
					loadedAt = v;
				}
			}
			checkedAt = now;
			return current;
		}

		/** Forget the value (this node changed the data). */
		public void reset() {
			generation.incrementAndGet();
			value = null;
		}

	}

}
