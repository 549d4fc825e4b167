package vn.tdkt.awards.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEvent;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierMilestone;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.NomineeStatus;
import vn.tdkt.awards.notification.MailComposer.Content;
import vn.tdkt.awards.notification.MailComposer.Fact;
import vn.tdkt.awards.notification.Recipients.Recipient;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.registry.AwardDecisionService;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * Tells the nominator what happened to its dossier (received, returned with reasons and deadline, forwarded,
 * decided, rejected, expired): a mail row in the outbox, in the transaction of the milestone itself.
 */
@Component
class DossierMails {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierLifecycle dossiers;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	private final AwardDecisionService decisions;

	private final Recipients recipients;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final AppClock clock;

	private final String baseUrl;

	DossierMails(DossierLifecycle dossiers, AwardTypeRepository awardTypes, OrgRepository orgs,
			AwardDecisionService decisions, Recipients recipients, MailComposer composer, MailOutbox outbox,
			AppClock clock, AwardsProperties properties) {
		this.dossiers = dossiers;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
		this.decisions = decisions;
		this.recipients = recipients;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = properties.mail().baseUrl();
	}

	/** A milestone's mail: its kind, the key that sends it once, its content. */
	private record Mail(MailKind kind, String key, Content content) {
	}

	/** What every milestone's mail says of the dossier, where it is, and the link to its page. */
	private record About(Dossier d, String awardType, String here, List<Fact> facts, String link, String key) {
	}

	@EventListener
	void on(DossierMilestone milestone) {
		Dossier d = dossiers.require(milestone.dossierId());
		String awardType = awardTypes.find(d.awardType()).map(t -> t.nameVi()).orElse(d.awardType());
		List<Fact> facts = new ArrayList<>(List.of(new Fact("mail.fact.dossier", d.id() + " – " + d.title()),
				new Fact("mail.fact.awardType", awardType), new Fact("mail.fact.submittingOrg", orgName(d.submittingOrg()))));
		About a = new About(d, awardType, orgName(dossiers.hop(d.id(), milestone.hop()).orgCode()), facts,
				baseUrl + "/dossiers/" + d.id(), "dossier:%s:%s:%d".formatted(d.id(), milestone.milestone(), milestone.hop()));
		Mail mail = switch (milestone.milestone()) {
			case RECEIVED -> new Mail(MailKind.DOSSIER_RECEIVED, a.key(), content("received",
					new Object[] { d.id(), awardType }, new Object[] { d.title(), a.here() }, List.of(), facts, a.link()));
			case RETURNED -> returned(a);
			case FORWARDED -> forwarded(a, milestone.hop());
			case DECIDED -> decided(a);
			case REJECTED -> rejected(a);
			default -> {
				String due = d.supplementDue() == null ? "" : DAY.format(d.supplementDue());
				yield new Mail(MailKind.DOSSIER_EXPIRED, a.key(), content("expired", new Object[] { d.id() },
						new Object[] { due }, List.of(), facts, a.link()));
			}
		};
		for (Recipient to : nominators(d)) {
			outbox.enqueue(composer.compose(mail.kind(), mail.key() + ":" + to.userId(), d.id(), to, mail.content()),
					clock.localNow());
		}
	}

	/** Returned for a supplement: the reason and the deadline; one mail per return (a dossier may come back twice). */
	private Mail returned(About a) {
		DossierEvent returned = dossiers.lastEvent(a.d().id(), DossierEventType.RETURNED).orElseThrow();
		String due = a.d().supplementDue() == null ? "" : DAY.format(a.d().supplementDue());
		a.facts().add(new Fact("mail.fact.supplementDue", due));
		return new Mail(MailKind.DOSSIER_RETURNED, "dossier:%s:RETURNED:%d".formatted(a.d().id(), returned.id()),
				content("returned", new Object[] { a.d().id(), due }, new Object[] { returned.comment(), due, a.here() },
						List.of(), a.facts(), a.link()));
	}

	private Mail forwarded(About a, int hop) {
		String from = orgName(dossiers.hop(a.d().id(), hop - 1).orgCode());
		return new Mail(MailKind.DOSSIER_FORWARDED, a.key(), content("forwarded", new Object[] { a.d().id(), a.here() },
				new Object[] { from, a.here() }, List.of(), a.facts(), a.link()));
	}

	/** Decided: the decision's number and date, and who is awarded. */
	private Mail decided(About a) {
		var decision = decisions.find(a.d().id()).orElseThrow();
		List<String> awarded = dossiers.nominees(a.d().id()).stream().filter(n -> n.status() == NomineeStatus.AWARDED)
			.map(Nominee::name).toList();
		a.facts().add(new Fact("mail.fact.decision", decision.number() + " – " + DAY.format(decision.date())));
		return new Mail(MailKind.DOSSIER_DECIDED, a.key(), content("decided",
				new Object[] { a.d().id(), decision.number() }, new Object[] { decision.number(),
						DAY.format(decision.date()), decision.signerTitle(), a.awardType() }, awarded, a.facts(), a.link()));
	}

	/** Not proposed further: where, and the reasons its nominees were given. */
	private Mail rejected(About a) {
		List<String> reasons = dossiers.nominees(a.d().id()).stream().map(Nominee::reason).filter(r -> r != null)
			.distinct().toList();
		return new Mail(MailKind.DOSSIER_REJECTED, a.key(), content("rejected", new Object[] { a.d().id() },
				new Object[] { a.here(), String.join("; ", reasons) }, List.of(), a.facts(), a.link()));
	}

	/** The nominator who submitted it; if it has no address, the other nominators of its org. */
	private List<Recipient> nominators(Dossier d) {
		return recipients.user(d.submittedBy())
			.map(List::of)
			.orElseGet(() -> recipients.ofGroup(OrgRole.NOMINATOR.groupId(d.submittingOrg())));
	}

	private static Content content(String name, Object[] subjectArgs, Object[] textArgs, List<String> items,
			List<Fact> facts, String link) {
		return new Content("mail." + name + ".subject", subjectArgs, "mail." + name + ".heading", "mail." + name + ".text",
				textArgs, items, facts, link, "mail.openDossier");
	}

	private String orgName(String code) {
		return orgs.find(code).map(OrgUnit::name).orElse(code);
	}

}
