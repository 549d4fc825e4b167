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

		Cached(ReferenceVersion version, Supplier<T> loader) {
			this.version = version;
			this.loader = loader;
		}

		public T get() {
			long now = System.nanoTime();
			T current = value;
			if (current != null && now - checkedAt < RECHECK_NANOS) {
				return current;
			}
			long v = version.current();
			checkedAt = now;
			if (current == null || v != loadedAt) {
				current = loader.get();
				value = current;
				loadedAt = v;
			}
			return current;
		}

		/** Forget the value (this node changed the data). */
		public void reset() {
			value = null;
		}

	}

}
