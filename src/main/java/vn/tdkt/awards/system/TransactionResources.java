package vn.tdkt.awards.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value bound to the current transaction under a key of ours, as Spring binds a connection to it. */
final class TransactionResources {

	private TransactionResources() {
	}

	/**
	 * Binds the value until the transaction completes, then runs {@code after}. While the transaction is suspended for
	 * another (REQUIRES_NEW) the value is unbound, so that the other one reads for itself.
	 */
	static void bindUntilCompletion(Object key, Object value, Runnable after) {
		TransactionSynchronizationManager.bindResource(key, value);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(key, value);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
				after.run();
			}
		});
	}

}
