package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.NominationVariables;
import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_returnDossier}: the dossier waits for its supplement until the legal deadline. */
@Component
class ReturnDossierDelegate implements JavaDelegate {

	private final ReceptionService reviews;

	ReturnDossierDelegate(ReceptionService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NominationVariables.SUPPLEMENT_DUE.setTransient(execution, reviews.returnForSupplement(ProcessDossier.id(execution)));
	}

}
