package vn.tdkt.awards.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The dossier a process element works on: the business key of its instance, set when the main instance starts and
 * passed to every called instance. A completion can write any variable but never a business key, so no delegate or
 * listener reads the dossier from a variable.
 */
public final class ProcessDossier {

	private ProcessDossier() {
	}

	public static String id(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("Process instance %s has no business key (dossier id)"
				.formatted(execution.getProcessInstanceId()));
		}
		return key;
	}

	public static String id(DelegateTask task) {
		return id(task.getExecution());
	}

}
