package vn.tdkt.awards.registry;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.DossierEvent;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierDecisions;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierView.DecisionView;
import vn.tdkt.awards.nomination.Nominee;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Issues the decision of a dossier whose deciding leader signed: numbers it, records one award per nominee still
 * proposed in the registry, and closes the dossier as DECIDED. Idempotent: a retried job finds the decision made.
 */
@Service
public class AwardDecisionService implements DossierDecisions {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DossierLifecycle dossiers;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	private final DecisionNumbers numbers;

	private final AwardRegistry registry;

	private final JdbcClient jdbc;

	private final AppClock clock;

	public AwardDecisionService(DossierLifecycle dossiers, OrgRepository orgs, AwardTypeRepository awardTypes,
			DecisionNumbers numbers, AwardRegistry registry, JdbcClient jdbc, AppClock clock) {
		this.dossiers = dossiers;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
		this.numbers = numbers;
		this.registry = registry;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Decision issue(String dossierId) {
		Dossier dossier = dossiers.lock(dossierId);
		Optional<Decision> existing = find(dossierId);
		if (existing.isPresent()) {
			return existing.get();
		}
		RouteHop deciding = dossiers.hop(dossierId, dossier.currentHop());
		OrgUnit authority = orgs.find(deciding.orgCode()).orElseThrow();
		DossierEvent signed = dossiers.lastEvent(dossierId, DossierEventType.DECISION_SIGNED)
			.orElseThrow(() -> new IllegalStateException("Dossier %s has no signed decision".formatted(dossierId)));
		int year = signed.at().getYear();
		LocalDateTime now = clock.localNow();
		String number = numbers.numberFor(dossierId, authority, year, signed.actor(), now);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into decision (dossier_id, authority_org, decision_year, number, decision_date, signer,"
				+ " signer_title, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, authority.code(), year, number, signed.at().toLocalDate(), signed.actor(),
					authority.leaderTitle(), now)
			.update(keys, "id");
		Decision decision = new Decision(keys.getKey().longValue(), dossierId, authority.code(), year, number,
				signed.at().toLocalDate(), signed.actor(), authority.leaderTitle());
		List<Nominee> awarded = dossiers.pendingNominees(dossierId);
		awarded.forEach(nominee -> registry.record(dossier, nominee, decision));
		AwardType awardType = awardTypes.find(dossier.awardType()).orElseThrow();
		dossiers.decided(dossierId, deciding, signed.actor(),
				recorded("page.award.reason.decided", number, DAY.format(decision.date())),
				recorded("page.award.timeline.decided", number, DAY.format(decision.date()), authority.leaderTitle(),
						awardType.nameVi(), awarded.size()), now);
		return decision;
	}

	/** A text recorded with the dossier (a nominee's reason, a timeline entry): Vietnamese, whoever reads it. */
	private static String recorded(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	public Optional<Decision> find(String dossierId) {
		return jdbc.sql("select id, dossier_id, authority_org, decision_year, number, decision_date, signer, signer_title"
				+ " from decision where dossier_id = ?")
			.param(dossierId)
			.query((rs, row) -> new Decision(rs.getLong("id"), rs.getString("dossier_id"), rs.getString("authority_org"),
					rs.getInt("decision_year"), rs.getString("number"), rs.getDate("decision_date").toLocalDate(),
					rs.getString("signer"), rs.getString("signer_title")))
			.optional();
	}

	@Override
	public Optional<DecisionView> of(String dossierId) {
		return find(dossierId).map(d -> new DecisionView(d.number(), d.date(), d.authorityOrg(), d.signerTitle()));
	}

}
