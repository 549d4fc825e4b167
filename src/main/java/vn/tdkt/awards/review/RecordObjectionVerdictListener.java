package vn.tdkt.awards.review;

import static vn.tdkt.awards.workflow.NominationVariables.COMMENT;
import static vn.tdkt.awards.workflow.NominationVariables.UPHELD;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code verifyObjection}, complete: an upheld objection drops its nominee. */
@Component
class RecordObjectionVerdictListener implements TaskListener {

	private final ReviewService reviews;

	RecordObjectionVerdictListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletedTask done = CompletedTask.take(task, UPHELD, COMMENT);
		reviews.recordObjectionVerdict(done.dossierId(), done.hop(), done.value(UPHELD),
				ContractValues.optionalString(done.value(COMMENT)), done.ref());
	}

}
