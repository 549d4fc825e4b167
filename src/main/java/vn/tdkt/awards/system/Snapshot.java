package vn.tdkt.awards.system;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per period, for gauges: a scrape reads several gauges of one query,
 * and Prometheus scrapes every few seconds from each node.
 */
public final class Snapshot<T> {

	/** How old a gauge's figures may be: {@code awards.metrics.refresh}, 10 seconds unless set. */
	public static final String REFRESH = "${awards.metrics.refresh:PT10S}";

	private final Supplier<T> reader;

	private final long periodNanos;

	private T value;

	private long readAt;

	public Snapshot(Duration period, Supplier<T> reader) {
		this.reader = reader;
		this.periodNanos = period.toNanos();
	}

	public synchronized T get() {
		long now = System.nanoTime();
		if (value == null || now - readAt >= periodNanos) {
			value = reader.get();
			readAt = now;
		}
		return value;
	}

}
