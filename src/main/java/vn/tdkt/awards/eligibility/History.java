package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.nomination.Nominations;
import vn.tdkt.awards.registry.RegistryReads;

/**
 * A person's history as eligibility needs it: yearly task ratings, initiatives, discipline and complaints, and prior
 * awards from the registry (linked directly, or through the nominee they were awarded as).
 */
@Component
class History {

	record Initiative(int year, String level) {
	}

	record Flag(String kind, LocalDate from, LocalDate to) {

		boolean openOn(LocalDate day) {
			return !from.isAfter(day) && (to == null || !to.isBefore(day));
		}

	}

	record PriorAward(String awardType, int year, String kind) {
	}

	private final JdbcClient jdbc;

	private final RegistryReads registry;

	private final Nominations nominations;

	History(JdbcClient jdbc, RegistryReads registry, Nominations nominations) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.nominations = nominations;
	}

	Map<Integer, String> ratings(long personId) {
		Map<Integer, String> ratings = new HashMap<>();
		jdbc.sql("select rating_year, rating from task_rating where person_id = ?")
			.param(personId)
			.query((rs, row) -> ratings.put(rs.getInt(1), rs.getString(2)))
			.list();
		return ratings;
	}

	List<Initiative> initiatives(long personId) {
		return jdbc.sql("select initiative_year, level from initiative where person_id = ?")
			.param(personId)
			.query((rs, row) -> new Initiative(rs.getInt(1), rs.getString(2)))
			.list();
	}

	List<Flag> flags(long personId) {
		return jdbc.sql("select kind, from_date, to_date from person_flag where person_id = ?")
			.param(personId)
			.query((rs, row) -> new Flag(rs.getString(1), rs.getDate(2).toLocalDate(),
					rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
			.list();
	}

	List<PriorAward> awards(long personId) {
		List<PriorAward> awards = new java.util.ArrayList<>();
		registry.ofPerson(personId).forEach(a -> awards.add(new PriorAward(a.awardType(), a.year(), a.kind())));
		registry.ofNominees(nominations.nomineeIdsOf(personId))
			.forEach(a -> awards.add(new PriorAward(a.awardType(), a.year(), a.kind())));
		return awards;
	}

}
