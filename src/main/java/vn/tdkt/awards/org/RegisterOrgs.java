package vn.tdkt.awards.org;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.org.OrgAdmin.OrgInput;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.InvalidInputException;

/** Orgs made from the official register of administrative units (a province's new communes and wards). */
@Service
public class RegisterOrgs {

	private final JdbcClient jdbc;

	private final AppClock clock;

	private final OrgAdmin admin;

	RegisterOrgs(JdbcClient jdbc, AppClock clock, OrgAdmin admin) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.admin = admin;
	}

	/**
	 * Makes orgs of the register's communes and wards of a province that are not orgs yet (matched by official code),
	 * under {@code parentCode}, valid from {@code validFrom}: the first step of carrying a province's reorganization.
	 */
	@Transactional
	public List<OrgUnit> create(String provinceCode, String parentCode, LocalDate validFrom, String actor,
			String reason) {
		if (provinceCode == null || jdbc.sql("select count(*) from admin_unit where code = ? and province_code is null")
			.param(provinceCode).query(Long.class).single() == 0) {
			throw new InvalidInputException("provinceCode", "error.org.province-unknown", provinceCode);
		}
		// a new unit often keeps a former commune's code (Giao Ninh has Giao Phong's 14212): only the commune-level orgs
		// in force from that date count as made already
		java.util.Set<String> present = new java.util.HashSet<>(jdbc.sql("select official_code from org_unit"
				+ " where official_code is not null and level = 'COMMUNE' and (valid_to is null or valid_to >= ?)")
			.param(validFrom == null ? clock.today() : validFrom)
			.query(String.class)
			.list());
		List<OrgUnit> created = new java.util.ArrayList<>();
		for (var unit : jdbc.sql("select code, name, unit_type from admin_unit where province_code = ? order by code")
			.param(provinceCode)
			.query((rs, n) -> OrgTreeLoader.commune(rs.getString("code"), rs.getString("unit_type"), rs.getString("name"),
					parentCode))
			.list()) {
			if (present.contains(unit.get("official_code"))) {
				continue;
			}
			created.add(admin.create(new OrgInput(unit.get("code"), unit.get("name"), OrgLevel.COMMUNE, parentCode, validFrom, null,
					unit.get("leader_title"), unit.get("authority"), unit.get("decision_symbol"),
					unit.get("submission_symbol"), unit.get("issuer"), unit.get("place"), unit.get("official_code"), null,
					null, null, reason), actor));
		}
		return created;
	}

}
