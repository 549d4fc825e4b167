package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_closeRejectedDossier}: a hop did not propose the dossier further. */
@Component
class CloseRejectedDossierDelegate implements JavaDelegate {

	private final DossierSteps dossiers;

	CloseRejectedDossierDelegate(DossierSteps dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dossiers.closeRejected(ProcessDossier.id(execution));
	}

}
