package vn.tdkt.awards.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.movement.MovementCounts;

/**
 * What other modules read of the registry: a person's awards, awards found by the recipient's name, and the counts
 * reports and movements show (award_count, kept with every award written).
 */
@Component
public class RegistryReads implements MovementCounts {

	private static final String AWARD = "select award_year, award_type, kind, recipient_name, recipient_org,"
			+ " decision_number, decision_date, authority_org from award";

	private final JdbcClient jdbc;

	RegistryReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An award as a person's history and the search show it. */
	public record PersonAward(int year, String awardType, String kind, String recipientName, String recipientOrg,
			String decisionNumber, LocalDate decisionDate, String authorityOrg) {
	}

	/** A count of awards in a group (a year or a submitting org), award type, deciding org, subject type, source. */
	public record AwardCount(String group, String awardType, String authorityOrg, String subjectType, String source,
			long n) {
	}

	/** The awards linked to the person, newest first. */
	@Transactional(readOnly = true)
	public List<PersonAward> ofPerson(long personId) {
		return jdbc.sql(AWARD + " where person_id = ? order by award_year desc, id").param(personId)
			.query(RegistryReads::award).list();
	}

	/** The awards made to these nominees that are linked to no person themselves. */
	@Transactional(readOnly = true)
	public List<PersonAward> ofNominees(Collection<Long> nomineeIds) {
		return nomineeIds.isEmpty() ? List.of()
				: jdbc.sql(AWARD + " where nominee_id in (" + marks(nomineeIds.size()) + ") and person_id is null")
					.params(List.copyOf(nomineeIds)).query(RegistryReads::award).list();
	}

	/** Awards whose recipient's name contains the text ({@code %text%} in lower case), newest first. */
	@Transactional(readOnly = true)
	public List<PersonAward> byRecipientName(String lowerLike, int limit) {
		return jdbc.sql(AWARD + " where lower(recipient_name) like ? order by award_year desc, id").param(lowerLike)
			.query(RegistryReads::award).list().stream().limit(limit).toList();
	}

	/** How many awards each of these people has. */
	@Transactional(readOnly = true)
	public Map<Long, Long> countsByPerson(Collection<Long> personIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (!personIds.isEmpty()) {
			jdbc.sql("select person_id, count(*) from award where person_id in (" + marks(personIds.size())
					+ ") group by person_id")
				.params(List.copyOf(personIds))
				.query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		return counts;
	}

	/** A movement's award counts by year (the group), award type, deciding org, subject type and source. */
	@Transactional(readOnly = true)
	public List<AwardCount> countsOfMovement(String movement, int from, int to) {
		return jdbc.sql("select cast(award_year as varchar(10)) as grp, award_type, authority_org, subject_type, source,"
				+ " sum(n) as n from award_count where movement_code = ? and award_year between ? and ?"
				+ " group by award_year, award_type, authority_org, subject_type, source")
			.params(movement, from, to)
			.query(RegistryReads::count)
			.list();
	}

	/** A year's award counts by submitting org (the group), award type, deciding org, subject type and source. */
	@Transactional(readOnly = true)
	public List<AwardCount> countsOfYear(int year) {
		return jdbc.sql("select org_code as grp, award_type, authority_org, subject_type, source, sum(n) as n"
				+ " from award_count where award_year = ? group by org_code, award_type, authority_org, subject_type, source")
			.param(year)
			.query(RegistryReads::count)
			.list();
	}

	@Override
	public String what() {
		return "awards";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> byMovement() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select movement_code, sum(n) from award_count where movement_code is not null group by movement_code")
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	private static PersonAward award(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonAward(rs.getInt("award_year"), rs.getString("award_type"), rs.getString("kind"),
				rs.getString("recipient_name"), rs.getString("recipient_org"), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("authority_org"));
	}

	private static AwardCount count(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AwardCount(rs.getString("grp"), rs.getString("award_type"), rs.getString("authority_org"),
				rs.getString("subject_type"), rs.getString("source"), rs.getLong("n"));
	}

	private static String marks(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

}
