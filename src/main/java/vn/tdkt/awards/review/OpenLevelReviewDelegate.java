package vn.tdkt.awards.review;

import static vn.tdkt.awards.workflow.NominationVariables.APPRAISER_GROUP;
import static vn.tdkt.awards.workflow.NominationVariables.COUNCIL_REQUIRED;
import static vn.tdkt.awards.workflow.NominationVariables.DOSSIER_ID;
import static vn.tdkt.awards.workflow.NominationVariables.HOP;
import static vn.tdkt.awards.workflow.NominationVariables.LEADER_GROUP;
import static vn.tdkt.awards.workflow.NominationVariables.POSTING_REQUIRED;
import static vn.tdkt.awards.workflow.NominationVariables.SECRETARY_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code serviceTask_openLevelReview}: the hop's candidate groups and which steps apply there. */
@Component
class OpenLevelReviewDelegate implements JavaDelegate {

	private final ReviewService reviews;

	OpenLevelReviewDelegate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LevelSetup setup = reviews.open(DOSSIER_ID.get(execution), HOP.get(execution));
		APPRAISER_GROUP.set(execution, setup.appraiserGroup());
		SECRETARY_GROUP.set(execution, setup.secretaryGroup());
		LEADER_GROUP.set(execution, setup.leaderGroup());
		COUNCIL_REQUIRED.set(execution, setup.councilRequired());
		POSTING_REQUIRED.set(execution, setup.postingRequired());
	}

}
