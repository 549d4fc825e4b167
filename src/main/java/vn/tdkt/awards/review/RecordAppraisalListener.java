package vn.tdkt.awards.review;

import static vn.tdkt.awards.workflow.NominationVariables.APPROVED_NOMINEES;
import static vn.tdkt.awards.workflow.NominationVariables.COMMENT;
import static vn.tdkt.awards.workflow.NominationVariables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.ReviewService.Appraisal;
import vn.tdkt.awards.workflow.LevelOutcome;
import vn.tdkt.awards.workflow.NominationVariables;

/** {@code appraise}, complete: records the verdicts; routes on the outcome. */
@Component
class RecordAppraisalListener implements TaskListener {

	private final ReviewService reviews;

	RecordAppraisalListener(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletedTask done = CompletedTask.take(task, OUTCOME, COMMENT, APPROVED_NOMINEES);
		var result = reviews.recordAppraisal(done.dossierId(), done.hop(),
				new Appraisal(ContractValues.optionalString(done.value(OUTCOME)),
						ContractValues.optionalString(done.value(COMMENT)),
						ContractValues.idList(done.value(APPROVED_NOMINEES), APPROVED_NOMINEES)),
				done.ref());
		NominationVariables.APPRAISAL_OUTCOME.set(task, result.outcome());
		NominationVariables.NOMINEES_REMAINING.set(task, result.remaining());
		if (ReviewService.REJECT.equals(result.outcome())) {
			NominationVariables.LEVEL_OUTCOME.set(task, LevelOutcome.REJECTED.name());
		}
	}

}
