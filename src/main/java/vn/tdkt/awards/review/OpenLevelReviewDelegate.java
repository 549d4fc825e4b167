package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_openLevelReview}: the dossier reaches its hop; which steps apply there is recorded on it. */
@Component
class OpenLevelReviewDelegate implements JavaDelegate {

	private final ReceptionService reviews;

	OpenLevelReviewDelegate(ReceptionService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.open(ProcessDossier.id(execution));
	}

}
