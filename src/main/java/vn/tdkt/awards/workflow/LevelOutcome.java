package vn.tdkt.awards.workflow;

/** How the review at one hop ended; the main process routes on it. */
public enum LevelOutcome {

	/** The hop's leader signed the submission to the next level. */
	FORWARDED,
	/** The deciding hop's leader signed the decision. */
	DECIDED,
	/** Rejected at this hop, or no nominee left after appraisal, posting or the council vote. */
	REJECTED,
	/** Returned for supplement and not supplemented in time. */
	EXPIRED

}
