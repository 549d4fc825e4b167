package vn.tdkt.awards.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.workflow.NominationVariables;

/** {@code serviceTask_tallyPosting}: how many nominees the posting left. */
@Component
class TallyPostingDelegate implements JavaDelegate {

	private final ReviewService reviews;

	TallyPostingDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NominationVariables.NOMINEES_REMAINING.set(execution, reviews
			.tallyPosting(NominationVariables.DOSSIER_ID.get(execution), NominationVariables.HOP.get(execution)));
	}

}
