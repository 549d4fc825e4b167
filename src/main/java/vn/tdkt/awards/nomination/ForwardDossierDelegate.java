package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_forwardDossier}: the signed submission moves the dossier one hop up. */
@Component
class ForwardDossierDelegate implements JavaDelegate {

	private final DossierSteps dossiers;

	ForwardDossierDelegate(DossierSteps dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dossiers.forward(ProcessDossier.id(execution));
	}

}
