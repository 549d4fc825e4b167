package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.system.ReferenceVersion;

/**
 * Looks up legal durations by code, level and date: the row for the exact level wins over the generic '*' row; among
 * rows valid on the date the latest valid_from wins. Durations are data so a decree's new values need no redeploy;
 * they are read from each node's copy of the table, which follows the reference version ({@link ReferenceVersion}).
 */
@Repository
public class LegalDurations {

	/** Codes used by the process. */
	public static final String APPRAISE = "APPRAISE";

	public static final String COUNCIL_VOTE = "COUNCIL_VOTE";

	public static final String SIGN = "SIGN";

	public static final String SUPPLEMENT = "SUPPLEMENT";

	public static final String PUBLIC_POSTING = "PUBLIC_POSTING";

	public static final String VERIFY_OBJECTION = "VERIFY_OBJECTION";

	public static final String REMINDER_LEAD = "REMINDER_LEAD";

	/** The central level's limit to return an ineligible dossier (the appraisal task's follow-up date). */
	public static final String RETURN_INELIGIBLE = "RETURN_INELIGIBLE";

	/** The central level's limit to forward the Prime Minister's decision to the proposing body. */
	public static final String FORWARD_DECISION = "FORWARD_DECISION";

	/** Every row of every date, newest first: a handful of rows read at each step of every dossier. */
	private final ReferenceVersion.Cached<List<LegalDuration>> rows;

	public LegalDurations(JdbcClient jdbc, ReferenceVersion version) {
		this.rows = version.cache(() -> jdbc
			.sql("select code, org_level, working_days, legal_basis, certainty, valid_from, valid_to from legal_duration"
					+ " order by valid_from desc")
			.query(LegalDuration.class)
			.list()
			.stream()
			.filter(d -> d.validFrom() != null)
			.toList());
	}

	/** The duration for the level, else the generic one. */
	public Optional<LegalDuration> find(String code, OrgLevel level, LocalDate on) {
		return exact(code, level, on).or(() -> exact(code, null, on));
	}

	/** Only a row for exactly this level (used where a duration's existence means the step happens there). */
	public Optional<LegalDuration> findForLevelOnly(String code, OrgLevel level, LocalDate on) {
		return exact(code, level, on);
	}

	public LegalDuration require(String code, OrgLevel level, LocalDate on) {
		return find(code, level, on).orElseThrow(() -> new IllegalStateException(
				"No legal duration '%s' for level %s on %s: add a row to legal_duration".formatted(code, level, on)));
	}

	/** The row for exactly this level (null: the generic one) in force on the date, from this transaction's copy. */
	private Optional<LegalDuration> exact(String code, OrgLevel level, LocalDate on) {
		if (on == null) {
			return Optional.empty();
		}
		String orgLevel = level == null ? LegalDuration.ANY_LEVEL : level.name();
		return rows.inTransaction()
			.stream()
			.filter(d -> d.code().equals(code) && d.orgLevel().equals(orgLevel) && !d.validFrom().isAfter(on)
					&& (d.validTo() == null || !d.validTo().isBefore(on)))
			.findFirst();
	}

}
