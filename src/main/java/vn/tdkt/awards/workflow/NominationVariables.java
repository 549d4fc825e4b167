package vn.tdkt.awards.workflow;

import java.util.Date;

/**
 * The only variables the nomination processes use, all transient: each is set by a delegate or listener just before
 * the element that reads it, in the same transaction, and is gone when the transaction ends. The processes hold no
 * persistent variable at all: the dossier is the business key, and what routes it (its current hop, the hop's
 * groups, whether a council or a posting applies, every outcome) is read from our tables by the {@code route} bean.
 * So a reviewer's completion, which may carry any variable, has nothing to overwrite; the reviewer contract
 * ({@code review.ReviewTask}) refuses whatever it does not declare.
 */
public final class NominationVariables {

	private NominationVariables() {
	}

	/** Due date of the user task being entered (legal duration on the working-day calendar); its escalation timer. */
	public static final ProcessVariable<Date> TASK_DUE = ProcessVariable.of("taskDue", Date.class);

	/** When to remind the candidates of the task being entered; its reminder timer and follow-up date. */
	public static final ProcessVariable<Date> TASK_REMINDER = ProcessVariable.of("taskReminder", Date.class);

	/** The supplement deadline of a returned dossier: the timer of the wait for the supplement. */
	public static final ProcessVariable<Date> SUPPLEMENT_DUE = ProcessVariable.of("supplementDue", Date.class);

	/** The end of the public posting period: the posting's timer. */
	public static final ProcessVariable<Date> POSTING_ENDS = ProcessVariable.of("postingEnds", Date.class);

}
