package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tdkt.awards.org.OrgLevel;

/**
 * Looks up legal durations by code, level and date: the row for the exact level wins over the generic '*' row; among
 * rows valid on the date the latest valid_from wins. Durations are data so a decree's new values need no redeploy.
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

	private final JdbcClient jdbc;

	public LegalDurations(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	private Optional<LegalDuration> exact(String code, OrgLevel level, LocalDate on) {
		return jdbc
			.sql("select code, org_level, working_days, legal_basis, certainty, valid_from, valid_to from legal_duration"
					+ " where code = ? and org_level = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)"
					+ " order by valid_from desc")
			.params(code, level == null ? LegalDuration.ANY_LEVEL : level.name(), on, on)
			.query(LegalDuration.class)
			.list()
			.stream()
			.findFirst();
	}

}
