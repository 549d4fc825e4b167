package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.LevelOutcome;
import vn.tdkt.awards.workflow.NominationVariables;

/** {@code serviceTask_recordSupplementExpired}: the supplement deadline passed; the hop ends EXPIRED. */
@Component
class RecordSupplementExpiredDelegate implements JavaDelegate {

	private final ReviewService reviews;

	RecordSupplementExpiredDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.supplementExpired(NominationVariables.DOSSIER_ID.get(execution), NominationVariables.HOP.get(execution));
		NominationVariables.LEVEL_OUTCOME.set(execution, LevelOutcome.EXPIRED.name());
	}

}
