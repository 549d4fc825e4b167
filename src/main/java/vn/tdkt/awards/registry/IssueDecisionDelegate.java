package vn.tdkt.awards.registry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_issueDecision}: numbers the decision and registers the awards. */
@Component
class IssueDecisionDelegate implements JavaDelegate {

	private final AwardDecisionService decisions;

	IssueDecisionDelegate(AwardDecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		decisions.issue(ProcessDossier.id(execution));
	}

}
