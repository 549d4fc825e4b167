package vn.tdkt.awards.notification;

/** What a mail tells. */
public enum MailKind {

	/** A review task was created: to every member of its candidate group. */
	TASK_CREATED,
	/** A task's due date is near: to its candidate group. */
	TASK_REMINDER,
	/** A task is overdue: to the leaders of its hop. */
	TASK_ESCALATION,
	/** To the nominator: */
	DOSSIER_RECEIVED, DOSSIER_RETURNED, DOSSIER_FORWARDED, DOSSIER_DECIDED, DOSSIER_REJECTED, DOSSIER_EXPIRED,
	/** An automatic step failed after its retries: to every administrator. */
	INCIDENT

}
