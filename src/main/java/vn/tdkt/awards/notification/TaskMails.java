package vn.tdkt.awards.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.identity.Memberships;
import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.notification.MailComposer.Content;
import vn.tdkt.awards.notification.MailComposer.Fact;
import vn.tdkt.awards.notification.Recipients.Recipient;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.workflow.ProcessDossier;

/**
 * Mails about review tasks: the new task to every member of its candidate groups, the reminder before its due date to
 * the same people, the escalation after it to the leaders of its hop. Keys make each at most once per person and task.
 */
@Component
public class TaskMails {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierLifecycle dossiers;

	private final OrgRepository orgs;

	private final Recipients recipients;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final BusinessCalendar calendar;

	private final AppClock clock;

	private final String baseUrl;

	private final Memberships memberships;

	public TaskMails(DossierLifecycle dossiers, OrgRepository orgs, Recipients recipients, MailComposer composer,
			MailOutbox outbox, BusinessCalendar calendar, AppClock clock, AwardsProperties properties,
			Memberships memberships) {
		this.memberships = memberships;
		this.dossiers = dossiers;
		this.orgs = orgs;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.calendar = calendar;
		this.clock = clock;
		this.baseUrl = properties.mail().baseUrl();
	}

	public void created(DelegateTask task) {
		String due = due(task);
		for (String group : candidateGroups(task)) {
			String groupName = memberships.groupName(group);
			Content content = new Content("mail.task.subject", new Object[] { task.getName() }, "mail.task.heading",
					"mail.task.text", new Object[] { task.getName(), groupName, due }, List.of(), facts(task, due), link(task),
					"mail.openTask");
			send(MailKind.TASK_CREATED, "task:%s:created".formatted(task.getId()), task, recipients.ofGroup(group), content);
		}
	}

	public void reminder(DelegateTask task) {
		String due = due(task);
		Content content = new Content("mail.reminder.subject", new Object[] { task.getName(), due },
				"mail.reminder.heading", "mail.reminder.text", new Object[] { task.getName(), due }, List.of(),
				facts(task, due), link(task), "mail.openTask");
		for (String group : candidateGroups(task)) {
			send(MailKind.TASK_REMINDER, "task:%s:reminder".formatted(task.getId()), task, recipients.ofGroup(group), content);
		}
	}

	public void escalation(DelegateTask task) {
		String due = due(task);
		String hopCode = dossiers.hop(dossierId(task), dossiers.require(dossierId(task)).currentHop()).orgCode();
		String leaders = OrgRole.LEADER.groupId(hopCode);
		String hopOrg = orgs.find(hopCode).map(OrgUnit::name).orElse("");
		Content content = new Content("mail.escalation.subject", new Object[] { task.getName(), due },
				"mail.escalation.heading", "mail.escalation.text", new Object[] { task.getName(), due, hopOrg }, List.of(),
				facts(task, due), link(task), "mail.openTask");
		send(MailKind.TASK_ESCALATION, "task:%s:escalation".formatted(task.getId()), task, recipients.ofGroup(leaders),
				content);
	}

	private void send(MailKind kind, String key, DelegateTask task, List<Recipient> to, Content content) {
		for (Recipient r : to) {
			outbox.enqueue(composer.compose(kind, key + ":" + r.userId(), dossierId(task), r, content), clock.localNow());
		}
	}

	private List<Fact> facts(DelegateTask task, String due) {
		Dossier d = dossiers.require(dossierId(task));
		return List.of(new Fact("mail.fact.dossier", d.id() + " – " + d.title()),
				new Fact("mail.fact.submittingOrg", orgs.find(d.submittingOrg()).map(OrgUnit::name).orElse("")),
				new Fact("mail.fact.nominees", Long.toString(dossiers.pendingNominees(d.id()).size())),
				new Fact("mail.fact.due", due));
	}

	private String due(DelegateTask task) {
		Date due = task.getDueDate();
		return due == null ? "" : DAY.format(calendar.toLocalDate(due));
	}

	private String link(DelegateTask task) {
		return baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId();
	}

	private static String dossierId(DelegateTask task) {
		return ProcessDossier.id(task);
	}

	private static List<String> candidateGroups(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
