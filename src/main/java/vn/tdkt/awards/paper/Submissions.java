package vn.tdkt.awards.paper;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.DossierEvent;
import vn.tdkt.awards.nomination.DossierEventType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.RouteHop;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.system.Counters;

/**
 * A hop's submission upward (tờ trình), numbered per org and year like decisions ("12/TTr-UBND", from a
 * {@link Counters} counter, so two nodes get different numbers), dated and signed as its leader signed it.
 */
@Component
class Submissions {

	/** A numbered submission of hop {@code hopSeq} of a dossier, from {@code org} to {@code toOrg}. */
	record Submission(String dossierId, int hopSeq, String org, String toOrg, String number, LocalDate date,
			String signer) {
	}

	private final JdbcClient jdbc;

	private final DossierLifecycle dossiers;

	private final OrgRepository orgs;

	private final Counters counters;

	private final AppClock clock;

	private final String pattern;

	Submissions(JdbcClient jdbc, DossierLifecycle dossiers, OrgRepository orgs, Counters counters, AppClock clock,
			AwardsProperties properties) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.orgs = orgs;
		this.counters = counters;
		this.clock = clock;
		this.pattern = properties.decision().numberPattern();
	}

	/** The submission of the hop, numbered now if it is not yet (by the hop's print job, one at a time). */
	Submission numbered(String dossierId, int hopSeq) {
		Optional<Submission> existing = find(dossierId, hopSeq);
		if (existing.isPresent()) {
			return existing.get();
		}
		RouteHop hop = dossiers.hop(dossierId, hopSeq);
		RouteHop next = dossiers.hop(dossierId, hopSeq + 1);
		OrgUnit org = orgs.find(hop.orgCode()).orElseThrow();
		DossierEvent signed = dossiers.events(dossierId)
			.stream()
			.filter(e -> e.action() == DossierEventType.SUBMISSION_SIGNED && e.hopSeq() == hopSeq)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new IllegalStateException("Hop %d of %s has no signed submission".formatted(hopSeq,
					dossierId)));
		LocalDate date = signed.at().toLocalDate();
		String number;
		do {
			int value = counters.next("submission", org.code() + "/" + date.getYear());
			number = pattern.replace("{number}", Integer.toString(value))
				.replace("{symbol}", org.submissionSymbol())
				.replace("{year}", Integer.toString(date.getYear()));
		}
		while (isTaken(org.code(), date.getYear(), number));
		jdbc.sql("insert into submission (dossier_id, hop_seq, org_code, to_org, submission_year, number,"
				+ " submission_date, signer, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, hopSeq, org.code(), next.orgCode(), date.getYear(), number, date, signed.actor(),
					clock.localNow())
			.update();
		return new Submission(dossierId, hopSeq, org.code(), next.orgCode(), number, date, signed.actor());
	}

	Optional<Submission> find(String dossierId, int hopSeq) {
		return jdbc.sql("select dossier_id, hop_seq, org_code, to_org, number, submission_date, signer from submission"
				+ " where dossier_id = ? and hop_seq = ?")
			.params(dossierId, hopSeq)
			.query((rs, row) -> new Submission(rs.getString("dossier_id"), rs.getInt("hop_seq"),
					rs.getString("org_code"), rs.getString("to_org"), rs.getString("number"),
					rs.getDate("submission_date").toLocalDate(), rs.getString("signer")))
			.optional();
	}

	private boolean isTaken(String org, int year, String number) {
		return jdbc.sql("select count(*) from submission where org_code = ? and submission_year = ? and number = ?")
			.params(org, year, number)
			.query(Integer.class)
			.single() > 0;
	}

}
