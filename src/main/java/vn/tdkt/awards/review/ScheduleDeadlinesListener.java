package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.DossierRepository;
import vn.tdkt.awards.workflow.NominationVariables;

/**
 * Execution listener (take) on every flow into a review task: sets taskDue and taskReminder before the task starts,
 * because the task's timers are created as it is entered, before any task listener runs.
 */
@Component
class ScheduleDeadlinesListener implements ExecutionListener {

	private final TaskDeadlines deadlines;

	private final DossierRepository dossiers;

	ScheduleDeadlinesListener(TaskDeadlines deadlines, DossierRepository dossiers) {
		this.deadlines = deadlines;
		this.dossiers = dossiers;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String taskKey = ((SequenceFlow) execution.getBpmnModelElementInstance()).getTarget().getId();
		var hop = dossiers.hop(NominationVariables.DOSSIER_ID.get(execution), NominationVariables.HOP.get(execution));
		var d = deadlines.of(taskKey, hop.level());
		NominationVariables.TASK_DUE.set(execution, d.due());
		NominationVariables.TASK_REMINDER.set(execution, d.reminder());
	}

}
