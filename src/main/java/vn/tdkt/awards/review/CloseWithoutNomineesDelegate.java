package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_closeWithoutNominees}: posting or council left nobody; the hop ends REJECTED. */
@Component
class CloseWithoutNomineesDelegate implements JavaDelegate {

	private final ReceptionService reviews;

	CloseWithoutNomineesDelegate(ReceptionService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.closeWithoutNominees(ProcessDossier.id(execution));
	}

}
