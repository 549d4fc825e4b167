package vn.tdkt.awards.workflow;

/**
 * Keys, element ids and message names of the BPMN in bpmn/. The user-task ids {@code appraise},
 * {@code councilVote} and {@code sign} are the reviewer contract (SPEC §3): outside clients use them.
 */
public final class AwardNominationProcess {

	private AwardNominationProcess() {
	}

	/** The main process, one instance per dossier; business key = dossier id. */
	public static final String KEY = "award-nomination";

	/** Called once per hop of the route. */
	public static final String LEVEL_REVIEW_KEY = "level-review";

	/** Called at a hop where proposals are posted publicly before they go up. */
	public static final String PUBLIC_POSTING_KEY = "public-posting";

	public static final String MESSAGE_WITHDRAWN = "DossierWithdrawn";

	public static final String MESSAGE_SUPPLEMENTED = "DossierSupplemented";

	public static final String MESSAGE_OBJECTION = "NomineeObjected";

	// user tasks (reviewer contract)
	public static final String TASK_APPRAISE = "appraise";

	public static final String TASK_COUNCIL_VOTE = "councilVote";

	public static final String TASK_SIGN = "sign";

	public static final String TASK_VERIFY_OBJECTION = "verifyObjection";

	// award-nomination
	public static final String REGISTER_DOSSIER = "serviceTask_registerDossier";

	public static final String REVIEW_AT_LEVEL = "callActivity_reviewAtLevel";

	public static final String PRINT_SUBMISSION = "serviceTask_printSubmission";

	public static final String FORWARD_DOSSIER = "serviceTask_forwardDossier";

	public static final String ISSUE_DECISION = "serviceTask_issueDecision";

	public static final String PRINT_DECISION = "serviceTask_printDecision";

	public static final String END_DECIDED = "endEvent_dossierDecided";

	public static final String END_REJECTED = "endEvent_dossierRejected";

	public static final String END_EXPIRED = "endEvent_dossierExpired";

	public static final String END_WITHDRAWN = "endEvent_dossierWithdrawn";

	// level-review
	public static final String OPEN_LEVEL_REVIEW = "serviceTask_openLevelReview";

	public static final String RETURN_DOSSIER = "serviceTask_returnDossier";

	public static final String WAIT_FOR_SUPPLEMENT = "gateway_waitForSupplement";

	public static final String SUPPLEMENT_DEADLINE = "timerEvent_supplementDeadline";

	public static final String POST_PUBLICLY = "callActivity_postPublicly";

	public static final String END_LEVEL_SIGNED = "endEvent_levelSigned";

	public static final String END_LEVEL_REJECTED = "endEvent_levelRejected";

	public static final String END_LEVEL_EXPIRED = "endEvent_supplementExpired";

	// public-posting
	public static final String POSTING_PERIOD = "timerEvent_postingPeriodOver";

}
