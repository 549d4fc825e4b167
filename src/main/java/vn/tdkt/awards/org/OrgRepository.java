package vn.tdkt.awards.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.system.ReferenceVersion;

/**
 * Reads the org tree through time, and who succeeded whom. An org by its code comes from a copy of the table kept
 * on each node (every step of a dossier names its orgs several times: a task's texts, its mails, its papers' issuer
 * and the path to the root), reloaded when the reference version moved: a transaction checks the version at its
 * first org and keeps that copy to its end (one statement instead of one per org, and the same orgs throughout), as
 * if it had read the table then; outside a transaction the version is checked at most once a second (pages). A
 * transaction that changes orgs reads the table itself.
 */
@Repository
public class OrgRepository {

	private static final String COLUMNS = "code, name, level, parent_code, leader_title, authority, decision_symbol,"
			+ " submission_symbol, issuer_parent, issuer, place, leader_position, official_code, valid_from, valid_to";

	private final JdbcClient jdbc;

	private final ReferenceVersion version;

	private final ReferenceVersion.Cached<Map<String, OrgUnit>> byCode;

	public OrgRepository(JdbcClient jdbc, ReferenceVersion version) {
		this.jdbc = jdbc;
		this.version = version;
		this.byCode = version.cache(() -> findAll().stream().collect(Collectors.toUnmodifiableMap(OrgUnit::code, o -> o)));
	}

	/**
	 * Before a transaction writes org rows: the reference version moves first ({@link ReferenceVersion#changed}: one
	 * lock order for every writer; every node's copies reload once it commits); this transaction reads the table
	 * itself from now on.
	 */
	public void changing() {
		version.changed();
	}

	/** Every org of every date. */
	public List<OrgUnit> findAll() {
		return jdbc.sql("select " + COLUMNS + " from org_unit order by code").query(OrgUnit.class).list();
	}

	/** The orgs that exist on the date. */
	public List<OrgUnit> validOn(LocalDate date) {
		return jdbc
			.sql("select " + COLUMNS + " from org_unit where (valid_from is null or valid_from <= ?)"
					+ " and (valid_to is null or valid_to >= ?) order by code")
			.params(date, date)
			.query(OrgUnit.class)
			.list();
	}

	public Optional<OrgUnit> find(String code) {
		if (version.changingHere()) {
			return jdbc.sql("select " + COLUMNS + " from org_unit where code = ?").param(code).query(OrgUnit.class).optional();
		}
		return Optional.ofNullable(code == null ? null : byCode.inTransaction().get(code));
	}

	/** The org and its ancestors, nearest first, whatever their dates. */
	public List<OrgUnit> pathToRoot(String code) {
		List<OrgUnit> path = new ArrayList<>();
		Optional<OrgUnit> next = find(code);
		while (next.isPresent() && path.size() < 20) {
			OrgUnit org = next.get();
			path.add(org);
			next = org.parentCode() == null ? Optional.empty() : find(org.parentCode());
		}
		return path;
	}

	/** The org's parent on the date: a former parent for the dates before a move, else the current one. */
	public String parentOn(OrgUnit org, LocalDate date) {
		return jdbc.sql("select parent_code from org_parent_history where org_code = ? and valid_to >= ?"
				+ " order by valid_to fetch first 1 rows only")
			.params(org.code(), date)
			.query(String.class)
			.optional()
			.orElse(org.parentCode());
	}

	/** Who took over from the org when it ceased: the whole successor first. */
	public List<Succession> successorsOf(String code) {
		return jdbc
			.sql("select predecessor_code, successor_code, effective_from, whole, legal_basis from org_succession"
					+ " where predecessor_code = ? order by whole desc, successor_code")
			.param(code)
			.query(Succession.class)
			.list();
	}

	/** Every succession, for reports that roll former orgs up into their successors. */
	public List<Succession> successions() {
		return jdbc
			.sql("select predecessor_code, successor_code, effective_from, whole, legal_basis from org_succession")
			.query(Succession.class)
			.list();
	}

	/** Who took over from whom, from when, by which act. */
	public record Succession(String predecessorCode, String successorCode, LocalDate effectiveFrom, boolean whole,
			String legalBasis) {
	}

}
