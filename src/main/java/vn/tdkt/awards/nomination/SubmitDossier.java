package vn.tdkt.awards.nomination;

import java.util.List;

import vn.tdkt.awards.award.SubjectType;

/** What a nominator submits. {@code idempotencyKey}: a repeat with the same key returns the same dossier. */
public record SubmitDossier(String submittingOrg, String awardType, String movement, CommendationKind kind, Integer year,
		String title, List<NewNominee> nominees, String idempotencyKey) {

	public record NewNominee(SubjectType subjectType, String name, String position, String orgName,
			String achievements) {
	}

}
