package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.org.OrgLevel;

/** The legal bases and the eligibility rule set in force on a day, as papers and the criteria cite them. */
@Component
public class LegalBases {

	private final JdbcClient jdbc;

	LegalBases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The texts of the legal bases an issuer of this level (in this province, or any) cites on the day, in their
	 * order ("Luật Thi đua, khen thưởng ngày 15/6/2022", ...).
	 */
	@Transactional(readOnly = true)
	public List<String> texts(LocalDate date, OrgLevel level, String province) {
		return jdbc
			.sql("select text from legal_basis where valid_from <= ? and (valid_to is null or valid_to >= ?)"
					+ " and (levels is null or '|' || levels || '|' like ?) and (province_code is null or province_code = ?)"
					+ " order by sort_order, valid_from")
			.params(date, date, "%|" + level.name() + "|%", province)
			.query(String.class)
			.list();
	}

	/** The code of the eligibility rule set in force on the day, NONE before the first. */
	@Transactional(readOnly = true)
	public String ruleSet(LocalDate day) {
		return jdbc.sql("select code from eligibility_rule_set where valid_from <= ? and (valid_to is null or valid_to >= ?)"
				+ " order by valid_from desc")
			.params(day, day)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse("NONE");
	}

}
