package vn.tdkt.awards.registry;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.system.Counters;

/**
 * Decision numbers, unique per deciding authority and year ("15/QĐ-UBND"). Every number, issued or reserved, is a
 * row of {@code decision_number}, whose primary key the database enforces: a number typed by the deciding signer is
 * reserved when he signs (a second signer of the same number is refused), a generated one is the counter's next value
 * not yet in the table. Both take the counter row of the authority and year first, so they never interleave.
 */
@Component
public class DecisionNumbers {

	private static final String COUNTER = "decision";

	private final JdbcClient jdbc;

	private final String pattern;

	private final Counters counters;

	public DecisionNumbers(JdbcClient jdbc, Counters counters, AwardsProperties properties) {
		this.jdbc = jdbc;
		this.counters = counters;
		this.pattern = properties.decision().numberPattern();
	}

	/** The number of the dossier's decision: the one its signer reserved, else the next free one, recorded. */
	public String numberFor(String dossierId, OrgUnit authority, int year, String signer, LocalDateTime at) {
		var reserved = reservedFor(dossierId);
		if (reserved.isPresent()) {
			return reserved.get();
		}
		while (true) {
			String number = format(nextValue(authority.code(), year), authority.decisionSymbol(), year);
			if (!isTaken(authority.code(), year, number)) {
				insert(authority.code(), year, number, dossierId, signer, at);
				return number;
			}
		}
	}

	/**
	 * Reserves a number typed by the deciding signer for the dossier; false when the authority already has it that
	 * year (issued or reserved by another signer, even one whose transaction is still running: the key waits for it).
	 */
	public boolean reserve(String authorityOrg, int year, String number, String dossierId, String signer,
			LocalDateTime at) {
		counters.lock(COUNTER, authorityOrg + "/" + year);
		if (isTaken(authorityOrg, year, number)) {
			return false;
		}
		try {
			insert(authorityOrg, year, number, dossierId, signer, at);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public boolean isTaken(String authorityOrg, int year, String number) {
		return jdbc.sql("select count(*) from decision_number where authority_org = ? and decision_year = ? and number = ?")
			.params(authorityOrg, year, number)
			.query(Integer.class)
			.single() > 0;
	}

	/** The number reserved or issued for the dossier, if any. */
	public Optional<String> reservedFor(String dossierId) {
		return jdbc.sql("select number from decision_number where dossier_id = ?")
			.param(dossierId)
			.query(String.class)
			.optional();
	}

	private void insert(String authorityOrg, int year, String number, String dossierId, String signer,
			LocalDateTime at) {
		jdbc.sql("insert into decision_number (authority_org, decision_year, number, dossier_id, reserved_by, reserved_at)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(authorityOrg, year, number, dossierId, signer, at)
			.update();
	}

	String format(int value, String symbol, int year) {
		return pattern.replace("{number}", Integer.toString(value))
			.replace("{symbol}", symbol)
			.replace("{year}", Integer.toString(year));
	}

	private int nextValue(String authorityOrg, int year) {
		return counters.next(COUNTER, authorityOrg + "/" + year);
	}

}
