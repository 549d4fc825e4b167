package vn.tdkt.awards.paper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_printSubmission}: the signed hop's submission, numbered and stored as a PDF. */
@Component
class PrintSubmissionDelegate implements JavaDelegate {

	private final PaperService papers;

	PrintSubmissionDelegate(PaperService papers) {
		this.papers = papers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		papers.printSubmission(ProcessDossier.id(execution));
	}

}
