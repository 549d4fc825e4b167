package vn.tdkt.awards.award;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.system.Counters;

/**
 * Decision numbers, unique per deciding authority and year ("15/QĐ-UBND"), from a {@link Counters} counter per
 * authority and year, so two nodes deciding at once get different numbers; numbers typed by signers are skipped; a
 * unique constraint guards the rest.
 */
@Component
public class DecisionNumbers {

	private final JdbcClient jdbc;

	private final String pattern;

	private final Counters counters;

	public DecisionNumbers(JdbcClient jdbc, Counters counters, AwardsProperties properties) {
		this.jdbc = jdbc;
		this.counters = counters;
		this.pattern = properties.decision().numberPattern();
	}

	public String next(OrgUnit authority, int year) {
		while (true) {
			String number = format(nextValue(authority.code(), year), authority.decisionSymbol(), year);
			if (!isTaken(authority.code(), year, number)) {
				return number;
			}
		}
	}

	public boolean isTaken(String authorityOrg, int year, String number) {
		return jdbc.sql("select count(*) from decision where authority_org = ? and decision_year = ? and number = ?")
			.params(authorityOrg, year, number)
			.query(Integer.class)
			.single() > 0;
	}

	String format(int value, String symbol, int year) {
		return pattern.replace("{number}", Integer.toString(value))
			.replace("{symbol}", symbol)
			.replace("{year}", Integer.toString(year));
	}

	private int nextValue(String authorityOrg, int year) {
		return counters.next("decision", authorityOrg + "/" + year);
	}

}
