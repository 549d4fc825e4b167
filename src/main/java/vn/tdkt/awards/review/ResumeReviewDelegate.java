package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_resumeReview}: the supplemented dossier goes back to appraisal. */
@Component
class ResumeReviewDelegate implements JavaDelegate {

	private final ReceptionService reviews;

	ResumeReviewDelegate(ReceptionService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.resume(ProcessDossier.id(execution));
	}

}
