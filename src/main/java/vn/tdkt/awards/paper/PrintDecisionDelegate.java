package vn.tdkt.awards.paper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_printDecision}: the decision and its certificates, stored as PDFs. */
@Component
class PrintDecisionDelegate implements JavaDelegate {

	private final PaperService papers;

	PrintDecisionDelegate(PaperService papers) {
		this.papers = papers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		papers.printDecision(ProcessDossier.id(execution));
	}

}
