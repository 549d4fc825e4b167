package vn.tdkt.awards.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_withdrawDossier}: the nominator withdrew the dossier. */
@Component
class WithdrawDossierDelegate implements JavaDelegate {

	private final DossierSteps dossiers;

	WithdrawDossierDelegate(DossierSteps dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dossiers.markWithdrawn(ProcessDossier.id(execution));
	}

}
