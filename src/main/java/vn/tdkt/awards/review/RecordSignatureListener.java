package vn.tdkt.awards.review;

import static vn.tdkt.awards.workflow.NominationVariables.COMMENT;
import static vn.tdkt.awards.workflow.NominationVariables.DECISION_NUMBER;
import static vn.tdkt.awards.workflow.NominationVariables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.ReviewService.Signature;
import vn.tdkt.awards.workflow.LevelOutcome;
import vn.tdkt.awards.workflow.NominationVariables;

/** {@code sign}, complete: records the signature; the hop ends FORWARDED or DECIDED, or goes back to appraisal. */
@Component
class RecordSignatureListener implements TaskListener {

	private final ReviewService reviews;

	RecordSignatureListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletedTask done = CompletedTask.take(task, OUTCOME, DECISION_NUMBER, COMMENT);
		LevelOutcome outcome = reviews.recordSignature(done.dossierId(), done.hop(),
				new Signature(ContractValues.optionalString(done.value(OUTCOME)),
						ContractValues.optionalString(done.value(DECISION_NUMBER)),
						ContractValues.optionalString(done.value(COMMENT))),
				done.ref());
		NominationVariables.SIGN_OUTCOME.set(task, outcome == null ? ReviewService.RETURN : ReviewService.SIGN);
		if (outcome != null) {
			NominationVariables.LEVEL_OUTCOME.set(task, outcome.name());
		}
	}

}
