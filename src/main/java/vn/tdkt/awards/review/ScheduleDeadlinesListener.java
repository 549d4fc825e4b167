package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.NominationVariables;
import vn.tdkt.awards.workflow.ProcessDossier;

/**
 * Execution listener (take) on every flow into a review task: sets taskDue and taskReminder (transient) before the
 * task starts, because the task's due date and timers are set as it is entered, in this transaction, before any task
 * listener runs.
 */
@Component
class ScheduleDeadlinesListener implements ExecutionListener {

	private final TaskDeadlines deadlines;

	private final ReviewGuard guard;

	ScheduleDeadlinesListener(TaskDeadlines deadlines, ReviewGuard guard) {
		this.deadlines = deadlines;
		this.guard = guard;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String taskKey = ((SequenceFlow) execution.getBpmnModelElementInstance()).getTarget().getId();
		var d = deadlines.of(taskKey, guard.currentHop(ProcessDossier.id(execution)).level());
		NominationVariables.TASK_DUE.setTransient(execution, d.due());
		NominationVariables.TASK_REMINDER.setTransient(execution, d.reminder());
	}

}
