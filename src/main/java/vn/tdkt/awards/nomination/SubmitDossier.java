package vn.tdkt.awards.nomination;

import java.util.List;

import vn.tdkt.awards.award.SubjectType;

/** What a nominator submits. {@code idempotencyKey}: a repeat with the same key returns the same dossier. */
public record SubmitDossier(String submittingOrg, String awardType, String movement, CommendationKind kind, Integer year,
		String title, List<NewNominee> nominees, String idempotencyKey) {

	/**
	 * @param idNumber the personal ID number (CCCD, 12 digits), optional: it links the nominee to its history
	 * @param birthDate optional, used with the name and org to find the history when there is no ID number
	 * @param gender optional, individuals only: how certificates address the person
	 */
	public record NewNominee(SubjectType subjectType, String name, String position, String orgName,
			String achievements, String idNumber, java.time.LocalDate birthDate, Gender gender) {

		public NewNominee(SubjectType subjectType, String name, String position, String orgName, String achievements) {
			this(subjectType, name, position, orgName, achievements, null, null, null);
		}

		public NewNominee(SubjectType subjectType, String name, String position, String orgName, String achievements,
				String idNumber, java.time.LocalDate birthDate) {
			this(subjectType, name, position, orgName, achievements, idNumber, birthDate, null);
		}

	}

}
