package vn.tdkt.awards.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Hands a task listener's refusal to the HTTP request that caused it: the engine turns any listener exception into
 * its own (a 500 on engine-rest and on Tasklist's API alike), so the request's filter opens a scope, the listener
 * records its refusal here, and the filter answers with the refusal's status instead. Outside a request (the job
 * executor, the Java API) no scope is open and nothing is kept; the exception itself reaches the caller.
 */
public final class TaskRefusals {

	private static final ThreadLocal<TaskRefusal[]> CURRENT = new ThreadLocal<>();

	private TaskRefusals() {
	}

	/** Opens a scope for the current request; close it when the request ends. */
	public static Scope open() {
		TaskRefusal[] previous = CURRENT.get();
		CURRENT.set(new TaskRefusal[1]);
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** The first refusal recorded in the current scope. */
	public static Optional<TaskRefusal> current() {
		TaskRefusal[] slot = CURRENT.get();
		return slot == null ? Optional.empty() : Optional.ofNullable(slot[0]);
	}

	static void record(TaskRefusal refusal) {
		TaskRefusal[] slot = CURRENT.get();
		if (slot != null && slot[0] == null) {
			slot[0] = refusal;
		}
	}

	/** A scope that ends with the request. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	/** A task listener whose refusals reach the HTTP answer. */
	public interface GuardedTaskListener extends TaskListener {

		void guard(DelegateTask task);

		@Override
		default void notify(DelegateTask task) {
			try {
				guard(task);
			}
			catch (TaskRefusal refusal) {
				record(refusal);
				throw refusal;
			}
		}

	}

}
