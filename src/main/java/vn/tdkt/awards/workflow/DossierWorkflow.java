package vn.tdkt.awards.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The only class that starts or signals the nomination processes. The dossier id is the business key of the main
 * instance and of every called instance, so messages correlate by it and
 * {@code GET /engine-rest/task?processInstanceBusinessKey=HS-...} finds every task of a dossier.
 */
@Component
public class DossierWorkflow {

	private final RuntimeService runtime;

	public DossierWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Starts the dossier's process; returns the process instance id. */
	public String start(String dossierId) {
		return runtime.createProcessInstanceByKey(AwardNominationProcess.KEY)
			.businessKey(dossierId)
			.execute()
			.getProcessInstanceId();
	}

	/** The nominator supplemented a returned dossier. */
	public void supplement(String dossierId) {
		runtime.createMessageCorrelation(AwardNominationProcess.MESSAGE_SUPPLEMENTED)
			.processInstanceBusinessKey(dossierId)
			.correlate();
	}

	/** The nominator withdrew the dossier: ends the main instance and every called one. */
	public void withdraw(String dossierId) {
		runtime.createMessageCorrelation(AwardNominationProcess.MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(dossierId)
			.correlate();
	}

	/** An objection against a nominee arrived during the public posting: opens a verification. */
	public void objection(String dossierId) {
		runtime.createMessageCorrelation(AwardNominationProcess.MESSAGE_OBJECTION)
			.processInstanceBusinessKey(dossierId)
			.correlate();
	}

	/** Whether the dossier's public posting is open (its posting instance subscribes to objections). */
	public boolean postingOpen(String dossierId) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(dossierId)
			.messageEventSubscriptionName(AwardNominationProcess.MESSAGE_OBJECTION)
			.count() > 0;
	}

}
