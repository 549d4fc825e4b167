package vn.tdkt.awards.award;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.nomination.Nominee;

/** The award registry: one row per awarded collective, individual or household. */
@Repository
public class AwardRegistry {

	private static final String SELECT = "select id, award_type, award_year, movement_code, kind, subject_type,"
			+ " recipient_name, recipient_org, org_code, authority_org, decision_number, decision_date, dossier_id,"
			+ " nominee_id, source from award";

	private final JdbcClient jdbc;

	public AwardRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An award of the registry; {@code orgCode} is the submitting org, {@code authorityOrg} the deciding one;
	 * {@code source} is {@link #DECISION}, {@link #IMPORT} or {@link #DEMO}.
	 */
	public record Award(long id, String awardType, int year, String movement, String kind, String subjectType,
			String recipientName, String recipientOrg, String orgCode, String authorityOrg, String decisionNumber,
			java.time.LocalDate decisionDate, String dossierId, Long nomineeId, String source) {
	}

	/** Decided by the workflow. */
	public static final String DECISION = "DECISION";

	/** Legacy results loaded from a file. */
	public static final String IMPORT = "IMPORT";

	/** The illustrative data set, loaded only on request. */
	public static final String DEMO = "DEMO";

	/** An award from outside the workflow: legacy results (IMPORT) or the illustrative data set (DEMO). */
	public record External(String awardType, int year, String movement, String kind, String subjectType,
			String recipientName, String recipientOrg, String orgCode, String authorityOrg, String decisionNumber,
			java.time.LocalDate decisionDate, Long personId) {

		public External(String awardType, int year, String movement, String kind, String subjectType,
				String recipientName, String recipientOrg, String orgCode, String authorityOrg, String decisionNumber,
				java.time.LocalDate decisionDate) {
			this(awardType, year, movement, kind, subjectType, recipientName, recipientOrg, orgCode, authorityOrg,
					decisionNumber, decisionDate, null);
		}

	}

	public void recordExternal(External a, String source) {
		jdbc.sql("insert into award (award_type, award_year, movement_code, kind, subject_type, recipient_name,"
				+ " recipient_org, org_code, authority_org, decision_number, decision_date, source, person_id)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.awardType(), a.year(), a.movement(), a.kind(), a.subjectType(), a.recipientName(), a.recipientOrg(),
					a.orgCode(), a.authorityOrg(), a.decisionNumber(), a.decisionDate(), source, a.personId())
			.update();
	}

	public long count(String source) {
		return jdbc.sql("select count(*) from award where source = ?").param(source).query(Long.class).single();
	}

	public int removeAll(String source) {
		return jdbc.sql("delete from award where source = ?").param(source).update();
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

	public record Filter(String movement, Integer year, String awardType, String org, String subjectType, int page,
			int size) {
	}

	public record Page(List<Award> items, long total) {
	}

	/** The registry filtered by movement, year, award type, submitting org and subject type; newest first. */
	public Page search(Filter filter) {
		var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		List<String> where = new java.util.ArrayList<>();
		if (filter.movement() != null) {
			where.add("movement_code = :movement");
			params.addValue("movement", filter.movement());
		}
		if (filter.year() != null) {
			where.add("award_year = :year");
			params.addValue("year", filter.year());
		}
		if (filter.awardType() != null) {
			where.add("award_type = :awardType");
			params.addValue("awardType", filter.awardType());
		}
		if (filter.org() != null) {
			where.add("org_code = :org");
			params.addValue("org", filter.org());
		}
		if (filter.subjectType() != null) {
			where.add("subject_type = :subjectType");
			params.addValue("subjectType", filter.subjectType());
		}
		String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from award" + condition).paramSource(params).query(Long.class).single();
		params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
		List<Award> items = jdbc.sql(SELECT + condition + " order by decision_date desc, id desc limit :limit offset :offset")
			.paramSource(params)
			.query(AwardRegistry::map)
			.list();
		return new Page(items, total);
	}

	public List<Award> ofDossier(String dossierId) {
		return jdbc.sql(SELECT + " where dossier_id = ? order by id").param(dossierId).query(AwardRegistry::map).list();
	}

	private static Award map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Award(rs.getLong("id"), rs.getString("award_type"), rs.getInt("award_year"),
				rs.getString("movement_code"), rs.getString("kind"), rs.getString("subject_type"),
				rs.getString("recipient_name"), rs.getString("recipient_org"), rs.getString("org_code"),
				rs.getString("authority_org"), rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
				rs.getString("dossier_id"), rs.getObject("nominee_id", Long.class), rs.getString("source"));
	}

}
