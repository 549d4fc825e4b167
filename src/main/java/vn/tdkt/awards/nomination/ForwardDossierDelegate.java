package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.NominationVariables;

/** {@code serviceTask_forwardDossier}: the signed submission moves the dossier one hop up. */
@Component
class ForwardDossierDelegate implements JavaDelegate {

	private final DossierService dossiers;

	ForwardDossierDelegate(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int next = dossiers.forward(NominationVariables.DOSSIER_ID.get(execution), NominationVariables.HOP.get(execution));
		NominationVariables.HOP.set(execution, next);
	}

}
