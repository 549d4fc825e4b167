package vn.tdkt.awards.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free counters shared by all nodes (dossier ids, decision numbers). The increment locks the counter row until
 * the caller's transaction ends, so concurrent callers get consecutive values. A missing row is created in a
 * transaction of its own: on PostgreSQL a failed insert would abort the caller's whole transaction, so the race of
 * two nodes creating the same row must not happen inside it.
 */
@Component
public class Counters {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	public Counters(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next value of the counter in a short transaction of its own: the row is locked for an instant, not for the
	 * caller's whole transaction, so concurrent callers (on every node) do not wait for each other; a value taken by a
	 * caller that then rolls back is lost (a gap). For dossier ids, not for gap-free decision numbers.
	 */
	public int nextWithGaps(String name, String key) {
		return ownTransaction.execute(status -> next(name, key));
	}

	/** The next value of the counter (1 for a new one), within the caller's transaction. */
	public int next(String name, String key) {
		if (increment(name, key) == 0) {
			create(name, key);
			if (increment(name, key) == 0) {
				throw new IllegalStateException("Counter %s/%s could not be created".formatted(name, key));
			}
		}
		return jdbc.sql("select last_value from counter where counter_name = ? and counter_key = ?")
			.params(name, key)
			.query(Integer.class)
			.single();
	}

	/**
	 * Locks the counter's row until the caller's transaction ends without moving it: those who number from it wait
	 * for the caller (the reservation of a decision number typed by a signer takes it, so the decision step's
	 * "first free number" and the reservation never interleave).
	 */
	public void lock(String name, String key) {
		if (touch(name, key) == 0) {
			create(name, key);
			touch(name, key);
		}
	}

	private int touch(String name, String key) {
		return jdbc.sql("update counter set last_value = last_value where counter_name = ? and counter_key = ?")
			.params(name, key)
			.update();
	}

	private int increment(String name, String key) {
		return jdbc.sql("update counter set last_value = last_value + 1 where counter_name = ? and counter_key = ?")
			.params(name, key)
			.update();
	}

	private void create(String name, String key) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc
				.sql("insert into counter (counter_name, counter_key, last_value) values (?, ?, 0)")
				.params(name, key)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// another node created it meanwhile: fine, it exists now
		}
	}

}
