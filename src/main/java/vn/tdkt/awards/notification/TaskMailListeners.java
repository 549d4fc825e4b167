package vn.tdkt.awards.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listeners of every review task: create, and the two timeouts (reminder before the due date, escalation after). */
final class TaskMailListeners {

	private TaskMailListeners() {
	}

	/** {@code ${notifyCandidatesListener}}, event create (after the task got its name and due date). */
	@Component("notifyCandidatesListener")
	static class NotifyCandidates implements TaskListener {

		private final TaskMails mails;

		NotifyCandidates(TaskMails mails) {
			this.mails = mails;
		}

		@Override
		public void notify(DelegateTask task) {
			mails.created(task);
		}

	}

	/** {@code ${remindCandidatesListener}}, event timeout "reminder". */
	@Component("remindCandidatesListener")
	static class RemindCandidates implements TaskListener {

		private final TaskMails mails;

		RemindCandidates(TaskMails mails) {
			this.mails = mails;
		}

		@Override
		public void notify(DelegateTask task) {
			mails.reminder(task);
		}

	}

	/** {@code ${escalateToLeadersListener}}, event timeout "escalation". */
	@Component("escalateToLeadersListener")
	static class EscalateToLeaders implements TaskListener {

		private final TaskMails mails;

		EscalateToLeaders(TaskMails mails) {
			this.mails = mails;
		}

		@Override
		public void notify(DelegateTask task) {
			mails.escalation(task);
		}

	}

}
