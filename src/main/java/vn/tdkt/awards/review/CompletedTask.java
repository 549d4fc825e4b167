package vn.tdkt.awards.review;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.tdkt.awards.nomination.Actors;
import vn.tdkt.awards.workflow.NominationVariables;

/**
 * The reviewer-contract variables of a completing task, taken out of the process: once recorded in our tables they
 * are removed, so the next task's form starts empty and a later completion never sees an earlier reviewer's comment
 * (history keeps every value).
 */
final class CompletedTask {

	private final DelegateTask task;

	private final Map<String, Object> values = new HashMap<>();

	private CompletedTask(DelegateTask task, String... names) {
		this.task = task;
		for (String name : names) {
			values.put(name, task.getVariable(name));
			if (task.hasVariable(name)) {
				task.removeVariable(name);
			}
		}
	}

	static CompletedTask take(DelegateTask task, String... names) {
		return new CompletedTask(task, names);
	}

	Object value(String name) {
		return values.get(name);
	}

	String dossierId() {
		return NominationVariables.DOSSIER_ID.get(task);
	}

	int hop() {
		return NominationVariables.HOP.get(task);
	}

	/** Who completed it: the authenticated user (Tasklist, engine-rest), else the assignee. */
	TaskRef ref() {
		Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = auth != null && auth.getUserId() != null ? auth.getUserId()
				: task.getAssignee() != null ? task.getAssignee() : Actors.SYSTEM;
		return new TaskRef(task.getTaskDefinitionKey(), task.getId(), actor);
	}

}
