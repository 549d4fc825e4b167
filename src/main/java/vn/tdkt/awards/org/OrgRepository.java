package vn.tdkt.awards.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the org tree. */
@Repository
public class OrgRepository {

	private static final String COLUMNS = "code, name, level, parent_code, leader_title, authority, decision_symbol,"
			+ " submission_symbol, issuer_parent, issuer, place, leader_position";

	private final JdbcClient jdbc;

	public OrgRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OrgUnit> findAll() {
		return jdbc.sql("select " + COLUMNS + " from org_unit order by code").query(OrgUnit.class).list();
	}

	public Optional<OrgUnit> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where code = ?").param(code).query(OrgUnit.class).optional();
	}

	/** The org and its ancestors, nearest first. */
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

}
