package vn.tdkt.awards.award;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.Nominee;

/** The award registry: one row per awarded collective, individual or household. */
@Repository
public class AwardRegistry {

	private final JdbcClient jdbc;

	public AwardRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Award(long id, String awardType, int year, String movement, String kind, String subjectType,
			String recipientName, String recipientOrg, String orgCode, String authorityOrg, String decisionNumber,
			java.time.LocalDate decisionDate, String dossierId, Long nomineeId) {
	}

	void record(Dossier dossier, Nominee nominee, Decision decision) {
		jdbc.sql("insert into award (award_type, award_year, movement_code, kind, subject_type, recipient_name,"
				+ " recipient_org, org_code, authority_org, decision_number, decision_date, dossier_id, nominee_id)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossier.awardType(), dossier.year(), dossier.movement(), dossier.kind(),
					nominee.subjectType().name(), nominee.name(), nominee.orgName(), dossier.submittingOrg(),
					decision.authorityOrg(), decision.number(), decision.date(), dossier.id(), nominee.id())
			.update();
	}

	public List<Award> ofDossier(String dossierId) {
		return jdbc.sql("select id, award_type, award_year, movement_code, kind, subject_type, recipient_name, recipient_org,"
				+ " org_code, authority_org, decision_number, decision_date, dossier_id, nominee_id from award"
				+ " where dossier_id = ? order by id")
			.param(dossierId)
			.query((rs, row) -> new Award(rs.getLong("id"), rs.getString("award_type"), rs.getInt("award_year"),
					rs.getString("movement_code"), rs.getString("kind"), rs.getString("subject_type"),
					rs.getString("recipient_name"), rs.getString("recipient_org"), rs.getString("org_code"),
					rs.getString("authority_org"), rs.getString("decision_number"),
					rs.getDate("decision_date").toLocalDate(), rs.getString("dossier_id"),
					(Long) rs.getObject("nominee_id", Long.class)))
			.list();
	}

}
