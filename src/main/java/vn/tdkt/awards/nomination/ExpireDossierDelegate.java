package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_expireDossier}: the returned dossier was not supplemented in time. */
@Component
class ExpireDossierDelegate implements JavaDelegate {

	private final DossierSteps dossiers;

	ExpireDossierDelegate(DossierSteps dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dossiers.expire(ProcessDossier.id(execution));
	}

}
