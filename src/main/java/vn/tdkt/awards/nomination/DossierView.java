package vn.tdkt.awards.nomination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A dossier as nominators, reviewers and integrations read it (SPEC §4 shape; fields may be added, not renamed). */
public record DossierView(String id, DossierStatus status, String awardType, String awardTypeName, int year,
		String movement, String kind, String title, String submittingOrg, String currentOrg, LocalDateTime submittedAt,
		LocalDateTime supplementDue, List<RouteStep> route, List<NomineeView> nominees, List<vn.tdkt.awards.nomination.DocumentInfo> documents,
		List<TimelineEntry> timeline, DecisionView decision) {

	/** {@code state}: DONE, CURRENT, RETURNED (waiting for the submitter's supplement), STOPPED or TODO. */
	public record RouteStep(String org, String orgName, String level, HopRole role, String state) {
	}

	/** {@code closedAtOrg}: the org where the nominee was awarded or dropped. */
	public record NomineeView(long id, String subjectType, String name, String position, String orgName,
			String achievements, NomineeStatus status, String reason, String closedAtOrg, String idNumber,
			java.time.LocalDate birthDate, Gender gender) {

		/** The ID number with all but its last four digits hidden, as pages show it. */
		public String maskedIdNumber() {
			return vn.tdkt.awards.system.Texts.masked(idNumber);
		}

	}

	public record TimelineEntry(LocalDateTime at, String actor, String org, DossierEventType action, String comment) {
	}

	public record DecisionView(String number, LocalDate date, String authorityOrg, String signerTitle) {
	}

}
