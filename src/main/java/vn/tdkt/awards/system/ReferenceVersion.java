package vn.tdkt.awards.system;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a node caches of the reference data follows the database: a change (through any node) raises the version in
 * {@code reference_version}; a cache asks for it at most once a second and reloads when it moved.
 */
@Component
public class ReferenceVersion {

	static final long RECHECK_NANOS = 1_000_000_000L;

	private final JdbcClient jdbc;

	public ReferenceVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return jdbc.sql("select version from reference_version where id = 1").query(Long.class).single();
	}

	/** After a change of reference data (through the pages or the API), in the changing transaction: every node's caches reload. */
	public void changed() {
		jdbc.sql("update reference_version set version = version + 1 where id = 1").update();
	}

	/** A value loaded from the reference data, reloaded when the version moved. */
	public <T> Cached<T> cache(Supplier<T> loader) {
		return new Cached<>(this, loader);
	}

	public static final class Cached<T> {

		private final ReferenceVersion version;

		private final Supplier<T> loader;

		private volatile T value;

		private volatile long loadedAt = -1;

		private volatile long checkedAt;

		/** Moves with every {@link #reset}: a load begun before a reset does not publish what it read. */
		private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

		Cached(ReferenceVersion version, Supplier<T> loader) {
			this.version = version;
			this.loader = loader;
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
