package vn.tdkt.awards.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.notification.MailComposer.Content;
import vn.tdkt.awards.notification.MailComposer.Fact;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/** Tells every administrator, once per incident, that a dossier's automatic step failed after its retries. */
@Component
public class IncidentMails {

	static final String ADMINISTRATORS = "camunda-admin";

	private final Recipients recipients;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final AppClock clock;

	private final String baseUrl;

	public IncidentMails(Recipients recipients, MailComposer composer, MailOutbox outbox, AppClock clock,
			AwardsProperties properties) {
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = properties.mail().baseUrl();
	}

	/** One mail per administrator; the key makes a second call (another node's) a no-op. */
	public void incident(String incidentId, String dossierId, String step, String cause) {
		String dossier = dossierId == null ? "" : dossierId;
		Content content = new Content("mail.incident.subject", new Object[] { dossier, step }, "mail.incident.heading",
				"mail.incident.text", new Object[] { dossier, step }, List.of(),
				List.of(new Fact("mail.fact.dossier", dossier), new Fact("mail.fact.step", step),
						new Fact("mail.fact.cause", cause)),
				baseUrl + "/admin/incidents", "mail.openIncidents");
		for (var admin : recipients.ofGroup(ADMINISTRATORS)) {
			outbox.enqueue(composer.compose(MailKind.INCIDENT, "incident:%s:%s".formatted(incidentId, admin.userId()),
					dossierId, admin, content), clock.localNow());
		}
	}

}
