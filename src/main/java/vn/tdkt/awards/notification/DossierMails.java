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

	@EventListener
	void on(DossierMilestone milestone) {
		Dossier d = dossiers.require(milestone.dossierId());
		String awardType = awardTypes.find(d.awardType()).map(t -> t.nameVi()).orElse(d.awardType());
		String here = orgName(dossiers.hop(d.id(), milestone.hop()).orgCode());
		List<Fact> facts = new ArrayList<>(List.of(new Fact("mail.fact.dossier", d.id() + " – " + d.title()),
				new Fact("mail.fact.awardType", awardType), new Fact("mail.fact.submittingOrg", orgName(d.submittingOrg()))));
		String link = baseUrl + "/dossiers/" + d.id();
		List<String> items = List.of();
		String key = "dossier:%s:%s:%d".formatted(d.id(), milestone.milestone(), milestone.hop());
		MailKind kind;
		Content content;
		switch (milestone.milestone()) {
			case RECEIVED -> {
				kind = MailKind.DOSSIER_RECEIVED;
				content = content("received", new Object[] { d.id(), awardType }, new Object[] { d.title(), here }, items, facts, link);
			}
			case RETURNED -> {
				kind = MailKind.DOSSIER_RETURNED;
				DossierEvent returned = dossiers.lastEvent(d.id(), DossierEventType.RETURNED).orElseThrow();
				String due = d.supplementDue() == null ? "" : DAY.format(d.supplementDue());
				facts.add(new Fact("mail.fact.supplementDue", due));
				key = "dossier:%s:RETURNED:%d".formatted(d.id(), returned.id());
				content = content("returned", new Object[] { d.id(), due }, new Object[] { returned.comment(), due, here },
						items, facts, link);
			}
			case FORWARDED -> {
				kind = MailKind.DOSSIER_FORWARDED;
				String from = orgName(dossiers.hop(d.id(), milestone.hop() - 1).orgCode());
				content = content("forwarded", new Object[] { d.id(), here }, new Object[] { from, here }, items, facts, link);
			}
			case DECIDED -> {
				kind = MailKind.DOSSIER_DECIDED;
				var decision = decisions.find(d.id()).orElseThrow();
				items = dossiers.nominees(d.id()).stream().filter(n -> n.status() == NomineeStatus.AWARDED)
					.map(Nominee::name).toList();
				facts.add(new Fact("mail.fact.decision", decision.number() + " – " + DAY.format(decision.date())));
				content = content("decided", new Object[] { d.id(), decision.number() }, new Object[] { decision.number(),
						DAY.format(decision.date()), decision.signerTitle(), awardType }, items, facts, link);
			}
			case REJECTED -> {
				kind = MailKind.DOSSIER_REJECTED;
				List<String> reasons = dossiers.nominees(d.id()).stream().map(Nominee::reason).filter(r -> r != null)
					.distinct().toList();
				content = content("rejected", new Object[] { d.id() }, new Object[] { here, String.join("; ", reasons) },
						items, facts, link);
			}
			default -> {
				kind = MailKind.DOSSIER_EXPIRED;
				String due = d.supplementDue() == null ? "" : DAY.format(d.supplementDue());
				content = content("expired", new Object[] { d.id() }, new Object[] { due }, items, facts, link);
			}
		}
		for (Recipient to : nominators(d)) {
			outbox.enqueue(composer.compose(kind, key + ":" + to.userId(), d.id(), to, content), clock.localNow());
		}
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
