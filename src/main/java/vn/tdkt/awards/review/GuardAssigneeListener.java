package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.TaskRefusals.GuardedTaskListener;

/**
 * Every review task, assignment (claim, set assignee): the assignee must belong to the hop's group for the task's
 * role; only an administrator may hand it to somebody else.
 */
@Component
class GuardAssigneeListener implements GuardedTaskListener {

	private final ReviewGuard guard;

	GuardAssigneeListener(ReviewGuard guard) {
		this.guard = guard;
	}

	@Override
	public void guard(DelegateTask task) {
		guard.assign(task);
	}

}
