package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last day a dossier of an award type may reach a level, counted from the year of the achievement it proposes
 * (Decree 98/2023 art. 32: CSTĐ toàn quốc to Bộ Nội vụ by 31/12 of the following year). Data: {@code intake_deadline}.
 */
@Repository
public class IntakeDeadlines {

	private final JdbcClient jdbc;

	public IntakeDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The deadlines of the award type whose rule is in force on the date. */
	public List<IntakeDeadline> inForce(String awardType, LocalDate on) {
		return jdbc
			.sql("select award_type, org_level, deadline_month, deadline_day, years_after, legal_basis, certainty,"
					+ " valid_from, valid_to from intake_deadline where award_type = ? and valid_from <= ?"
					+ " and (valid_to is null or valid_to >= ?) order by org_level")
			.params(awardType, on, on)
			.query(IntakeDeadline.class)
			.list();
	}

	/** Every rule in force on the date (the page of what applies). */
	public List<IntakeDeadline> inForce(LocalDate on) {
		return jdbc
			.sql("select award_type, org_level, deadline_month, deadline_day, years_after, legal_basis, certainty,"
					+ " valid_from, valid_to from intake_deadline where valid_from <= ? and (valid_to is null or valid_to >= ?)"
					+ " order by award_type, org_level")
			.params(on, on)
			.query(IntakeDeadline.class)
			.list();
	}

	/** One deadline rule: deadlineMonth/deadlineDay of (the achievement's year + yearsAfter). */
	public record IntakeDeadline(String awardType, String orgLevel, int deadlineMonth, int deadlineDay, int yearsAfter,
			String legalBasis, String certainty, LocalDate validFrom, LocalDate validTo) {

		/** The last day for an achievement of the year. */
		public LocalDate lastDayFor(int achievementYear) {
			return LocalDate.of(achievementYear + yearsAfter, deadlineMonth, deadlineDay);
		}

	}

}
