package vn.tdkt.awards.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Latencies of one kind of call, in milliseconds, with their percentiles. */
final class Stats {

	final String name;

	private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

	Stats(String name) {
		this.name = name;
	}

	<T> T time(Callable<T> call) {
		long start = System.nanoTime();
		try {
			return call.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			millis.add((System.nanoTime() - start) / 1e6);
		}
	}

	void time(Runnable call) {
		time(() -> {
			call.run();
			return null;
		});
	}

	int count() {
		return millis.size();
	}

	double percentile(double p) {
		List<Double> sorted;
		synchronized (millis) {
			sorted = new ArrayList<>(millis);
		}
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
