package vn.tdkt.awards.registry;

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

	private final boolean postgres;

	public AwardRegistry(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
			.equals("PostgreSQL");
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
		countOne(a.movement(), a.year(), a.awardType(), a.authorityOrg(), a.orgCode(), a.subjectType(), source);
	}

	/**
	 * Adds an award to its group in award_count, in the writer's transaction. PostgreSQL's upsert is safe when two
	 * nodes add the first award of a group at once; H2 (one node) merges.
	 */
	private void countOne(String movement, int year, String awardType, String authorityOrg, String orgCode,
			String subjectType, String source) {
		String sql = postgres ? "insert into award_count (movement_code, award_year, award_type, authority_org, org_code,"
				+ " subject_type, source, n) values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (movement_code, award_year,"
				+ " award_type, authority_org, org_code, subject_type, source) do update set n = award_count.n + 1"
				: "merge into award_count c using (select cast(? as varchar(40)) as movement_code, cast(? as integer) as"
						+ " award_year, cast(? as varchar(20)) as award_type, cast(? as varchar(40)) as authority_org,"
						+ " cast(? as varchar(40)) as org_code, cast(? as varchar(20)) as subject_type,"
						+ " cast(? as varchar(10)) as source) v on (c.movement_code = v.movement_code and c.award_year ="
						+ " v.award_year and c.award_type = v.award_type and c.authority_org = v.authority_org and"
						+ " c.org_code = v.org_code and c.subject_type = v.subject_type and c.source = v.source)"
						+ " when matched then update set n = c.n + 1 when not matched then insert (movement_code,"
						+ " award_year, award_type, authority_org, org_code, subject_type, source, n) values"
						+ " (v.movement_code, v.award_year, v.award_type, v.authority_org, v.org_code, v.subject_type,"
						+ " v.source, 1)";
		jdbc.sql(sql)
			.params(movement == null ? "" : movement, year, awardType, authorityOrg, orgCode, subjectType, source)
			.update();
	}

	/** Recomputes award_count from the award rows (after rows were written around the registry, e.g. a bulk load). */
	public void rebuildCounts() {
		jdbc.sql("delete from award_count").update();
		jdbc.sql("insert into award_count (movement_code, award_year, award_type, authority_org, org_code, subject_type,"
				+ " source, n) select coalesce(movement_code, ''), award_year, award_type, authority_org, org_code,"
				+ " subject_type, source, count(*) from award group by coalesce(movement_code, ''), award_year,"
				+ " award_type, authority_org, org_code, subject_type, source")
			.update();
	}

	public long count(String source) {
		return jdbc.sql("select coalesce(sum(n), 0) from award_count where source = ?")
			.param(source)
			.query(Long.class)
			.single();
	}

	public int removeAll(String source) {
		jdbc.sql("delete from award_count where source = ?").param(source).update();
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
		countOne(dossier.movement(), dossier.year(), dossier.awardType(), decision.authorityOrg(), dossier.submittingOrg(),
				nominee.subjectType().name(), DECISION);
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
