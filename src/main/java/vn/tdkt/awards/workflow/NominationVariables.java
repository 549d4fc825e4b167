package vn.tdkt.awards.workflow;

import java.util.Date;

/**
 * Every process variable of the nomination processes, typed, in one place. The process holds references and
 * routing values only; the dossier itself, verdicts, votes and decisions live in our tables.
 */
public final class NominationVariables {

	private NominationVariables() {
	}

	// references and routing, set by our delegates
	/** The dossier id, also the business key of every instance. */
	public static final ProcessVariable<String> DOSSIER_ID = ProcessVariable.of("dossierId", String.class);

	/** Index of the route entry under review (0 = the submitting org when it reviews its own dossier). */
	public static final ProcessVariable<Integer> HOP = ProcessVariable.of("hop", Integer.class);

	/** How a hop ended: FORWARDED, DECIDED, REJECTED, EXPIRED ({@link LevelOutcome}). */
	public static final ProcessVariable<String> LEVEL_OUTCOME = ProcessVariable.of("levelOutcome", String.class);

	public static final ProcessVariable<String> APPRAISER_GROUP = ProcessVariable.of("appraiserGroup", String.class);

	public static final ProcessVariable<String> SECRETARY_GROUP = ProcessVariable.of("secretaryGroup", String.class);

	public static final ProcessVariable<String> LEADER_GROUP = ProcessVariable.of("leaderGroup", String.class);

	public static final ProcessVariable<Boolean> COUNCIL_REQUIRED = ProcessVariable.of("councilRequired", Boolean.class);

	public static final ProcessVariable<Boolean> POSTING_REQUIRED = ProcessVariable.of("postingRequired", Boolean.class);

	/** Nominees still pending after the last step (0 ends the hop as REJECTED). */
	public static final ProcessVariable<Integer> NOMINEES_REMAINING = ProcessVariable.of("nomineesRemaining",
			Integer.class);

	/** APPROVE, RETURN or REJECT after the appraisal, as recorded. */
	public static final ProcessVariable<String> APPRAISAL_OUTCOME = ProcessVariable.of("appraisalOutcome", String.class);

	/** SIGN or RETURN after the signature step, as recorded. */
	public static final ProcessVariable<String> SIGN_OUTCOME = ProcessVariable.of("signOutcome", String.class);

	public static final ProcessVariable<Date> SUPPLEMENT_DUE = ProcessVariable.of("supplementDue", Date.class);

	public static final ProcessVariable<Date> POSTING_ENDS = ProcessVariable.of("postingEnds", Date.class);

	/** Due date of the user task being entered (legal duration on the working-day calendar); its escalation timer. */
	public static final ProcessVariable<Date> TASK_DUE = ProcessVariable.of("taskDue", Date.class);

	/** When to remind the candidates of the task being entered; its reminder timer and follow-up date. */
	public static final ProcessVariable<Date> TASK_REMINDER = ProcessVariable.of("taskReminder", Date.class);

	// the reviewer contract: what a completion sets (SPEC §3)
	public static final String OUTCOME = "outcome";

	public static final String COMMENT = "comment";

	public static final String APPROVED_NOMINEES = "approvedNominees";

	public static final String MEMBERS_TOTAL = "membersTotal";

	public static final String MEMBERS_PRESENT = "membersPresent";

	public static final String VOTES_FOR = "votesFor";

	public static final String DECISION_NUMBER = "decisionNumber";

	/** verifyObjection: whether the objection is upheld (the nominee is then not awarded). */
	public static final String UPHELD = "upheld";

}
