package vn.tdkt.awards.nomination;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of dossiers: the scoped, filtered and paged list. */
@Repository
public class DossierQueries {

	private final JdbcClient jdbc;

	public DossierQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Page<T>(List<T> items, long total) {
	}

	/** Whether the scope may see the dossier: its own org's (nominators), or one that reached its org (reviewers). */
	public boolean visible(String dossierId, DossierScope scope) {
		if (scope.all()) {
			return jdbc.sql("select count(*) from dossier where id = ?").param(dossierId).query(Long.class).single() > 0;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", dossierId);
		String where = where(new DossierFilter(null, null, null, null, null, 0, 1), scope, params);
		return jdbc.sql("select count(*) from dossier d" + where + " and d.id = :id")
			.paramSource(params)
			.query(Long.class)
			.single() > 0;
	}

	public Page<DossierSummary> list(DossierFilter filter, DossierScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, scope, params);
		long total = jdbc.sql(filter.unfiltered() && !scope.all() ? scopeCount(scope)
				: "select count(*) from dossier d" + where).paramSource(params).query(Long.class).single();
		params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
		List<DossierSummary> items = jdbc
			.sql("select d.id, d.status, d.award_type, d.award_year, d.movement_code as movement, d.submitting_org,"
					+ " h.org_code as current_org, d.title, d.submitted_at,"
					+ " (select count(*) from nominee n where n.dossier_id = d.id) as nominees"
					+ " from dossier d left join dossier_hop h on h.dossier_id = d.id and h.seq = d.current_hop" + where
					+ " order by d.submitted_at desc, d.id desc limit :limit offset :offset")
			.paramSource(params)
			.query((rs, row) -> new DossierSummary(rs.getString("id"), DossierStatus.valueOf(rs.getString("status")),
					rs.getString("award_type"), rs.getInt("award_year"), rs.getString("movement"),
					rs.getString("submitting_org"), rs.getString("current_org"), rs.getString("title"),
					rs.getTimestamp("submitted_at").toLocalDateTime(), rs.getInt("nominees")))
			.list();
		return new Page<>(items, total);
	}

	/**
	 * The size of a scope, read from the hops and the submitters' own dossiers without visiting every dossier (a
	 * provincial reviewer's scope is a province-year): the same set as {@link #where}'s scope condition, whose
	 * parameters it uses.
	 */
	private static String scopeCount(DossierScope scope) {
		List<String> parts = new ArrayList<>();
		if (!scope.reviewingOrgs().isEmpty()) {
			parts.add("select r.dossier_id from dossier_hop r where r.org_code in (:reviewingOrgs) and r.reached = true"
					+ " and r.role <> 'SUBMIT'");
		}
		if (!scope.submittingOrgs().isEmpty()) {
			parts.add("select s.id from dossier s where s.submitting_org in (:submittingOrgs)");
		}
		if (parts.isEmpty()) {
			return "select 0";
		}
		if (scope.submittingOrgs().isEmpty() && scope.reviewingOrgs().size() == 1) {
			// an org is on a route once (unique dossier_hop_org): one row per dossier, counted off the index
			return "select count(*) from (" + parts.get(0) + ") visible";
		}
		// union (distinct for one part) counts a dossier once, whichever of the orgs' hops it reached
		String visible = parts.size() == 1 ? parts.get(0).replaceFirst("select ", "select distinct ")
				: String.join(" union ", parts);
		return "select count(*) from (" + visible + ") visible";
	}

	private static String where(DossierFilter filter, DossierScope scope, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("d.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.org() != null) {
			conditions.add("(d.submitting_org = :org or d.id in (select o.dossier_id from dossier_hop o"
					+ " where o.org_code = :org and o.reached = true))");
			params.addValue("org", filter.org());
		}
		if (filter.movement() != null) {
			conditions.add("d.movement_code = :movement");
			params.addValue("movement", filter.movement());
		}
		if (filter.year() != null) {
			conditions.add("d.award_year = :year");
			params.addValue("year", filter.year());
		}
		if (filter.awardType() != null) {
			conditions.add("d.award_type = :awardType");
			params.addValue("awardType", filter.awardType());
		}
		if (!scope.all()) {
			List<String> visible = new ArrayList<>();
			if (!scope.submittingOrgs().isEmpty()) {
				visible.add("d.submitting_org in (:submittingOrgs)");
				params.addValue("submittingOrgs", scope.submittingOrgs());
			}
			if (!scope.reviewingOrgs().isEmpty()) {
				// uncorrelated, so that it is hashed once rather than probed for every dossier
				visible.add("d.id in (select r.dossier_id from dossier_hop r where r.org_code in (:reviewingOrgs)"
						+ " and r.reached = true and r.role <> 'SUBMIT')");
				params.addValue("reviewingOrgs", scope.reviewingOrgs());
			}
			conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
		}
		return " where " + (conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions));
	}

}
