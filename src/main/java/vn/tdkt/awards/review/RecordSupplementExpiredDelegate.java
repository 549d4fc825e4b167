package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.ProcessDossier;

/** {@code serviceTask_recordSupplementExpired}: the supplement deadline passed; the hop ends EXPIRED. */
@Component
class RecordSupplementExpiredDelegate implements JavaDelegate {

	private final ReceptionService reviews;

	RecordSupplementExpiredDelegate(ReceptionService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.supplementExpired(ProcessDossier.id(execution));
	}

}
