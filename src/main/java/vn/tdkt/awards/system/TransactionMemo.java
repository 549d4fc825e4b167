package vn.tdkt.awards.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads a repository remembers for the rest of the transaction, and forgets at any write through it: the steps of one
 * transaction (a task's completion runs several delegates and listeners) read the same rows once, and see their own
 * writes. A transaction suspended for another (REQUIRES_NEW) keeps its reads apart from the other's; outside a
 * transaction nothing is remembered. Only for rows that change through the owning repository alone; a locking read
 * replaces what was remembered, so a transaction that serialises on a row goes on with the row as it is.
 */
public final class TransactionMemo {

	/** The resource key, one per memo. */
	private final Object key = new Object();

	/** The value read under this name in this transaction, read now if it was not. */
	@SuppressWarnings("unchecked")
	public <T> T read(String name, Supplier<T> read) {
		Map<String, Object> memo = memo();
		if (memo == null) {
			return read.get();
		}
		if (memo.containsKey(name)) {
			return (T) memo.get(name);
		}
		T value = read.get();
		memo.put(name, value);
		return value;
	}

	/** A value this transaction just read otherwise (a locking read), for the next reads. */
	public void remember(String name, Object value) {
		Map<String, Object> memo = memo();
		if (memo != null) {
			memo.put(name, value);
		}
	}

	/** Before a write: everything read so far is read again. */
	public void forget() {
		@SuppressWarnings("unchecked")
		Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(key);
		if (memo != null) {
			memo.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> memo() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(key);
		if (memo == null) {
			Map<String, Object> created = new HashMap<>();
			TransactionResources.bindUntilCompletion(key, created, () -> {
			});
			memo = created;
		}
		return memo;
	}

}
