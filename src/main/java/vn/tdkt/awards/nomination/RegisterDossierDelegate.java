package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_registerDossier}: records the route; the first reviewing hop comes out. */
@Component
class RegisterDossierDelegate implements JavaDelegate {

	private final DossierSteps dossiers;

	RegisterDossierDelegate(DossierSteps dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dossiers.register(ProcessDossier.id(execution));
	}

}
