package vn.tdkt.awards.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.award.CouncilRule;
import vn.tdkt.awards.legal.IntakeDeadlines.IntakeDeadline;

/**
 * What applies on a date, in one answer: the eligibility rule set, the legal bases papers cite, the council rules
 * (thresholds and quorums), the legal durations, the intake deadlines, the days off of that year and the org structure
 * in force — so that an official can check the system against the law in one look.
 */
@Service
public class InForce {

	private final JdbcClient jdbc;

	private final AwardTypeRepository awardTypes;

	private final IntakeDeadlines deadlines;

	private final OrgRepository orgs;

	public InForce(JdbcClient jdbc, AwardTypeRepository awardTypes, IntakeDeadlines deadlines, OrgRepository orgs) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
		this.deadlines = deadlines;
	}

	public record RuleSet(String code, LocalDate validFrom, LocalDate validTo, String legalBasis) {
	}

	public record Basis(String code, String text, String levels, String provinceCode, String certainty,
			LocalDate validFrom, LocalDate validTo) {

		/** The levels whose papers cite it, none: every paper. */
		public List<String> levelList() {
			return levels == null ? List.of() : List.of(levels.split("\\|"));
		}

	}

	public record Day(LocalDate date, String name, String legalBasis, boolean working) {
	}

	public record Structure(String level, long orgs) {
	}

	public record Snapshot(LocalDate date, RuleSet ruleSet, List<Basis> legalBases, List<CouncilRule> councilRules,
			List<LegalDuration> durations, List<IntakeDeadline> intakeDeadlines, List<Day> daysOfTheYear,
			List<Structure> structure, Map<String, String> awardTypeNames) {
	}

	@Transactional(readOnly = true)
	public Snapshot on(LocalDate date) {
		RuleSet ruleSet = jdbc
			.sql("select code, valid_from, valid_to, legal_basis from eligibility_rule_set where valid_from <= ?"
					+ " and (valid_to is null or valid_to >= ?) order by valid_from desc")
			.params(date, date)
			.query(RuleSet.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		List<Basis> bases = jdbc
			.sql("select code, text, levels, province_code, certainty, valid_from, valid_to from legal_basis"
					+ " where valid_from <= ? and (valid_to is null or valid_to >= ?) order by sort_order, valid_from")
			.params(date, date)
			.query(Basis.class)
			.list();
		List<LegalDuration> durations = jdbc
			.sql("select code, org_level, working_days, legal_basis, certainty, valid_from, valid_to from legal_duration"
					+ " where valid_from <= ? and (valid_to is null or valid_to >= ?) order by code, org_level")
			.params(date, date)
			.query(LegalDuration.class)
			.list();
		Map<String, String> names = new java.util.LinkedHashMap<>();
		awardTypes.findAll().forEach(t -> names.put(t.code(), t.nameVi()));
		return new Snapshot(date, ruleSet, bases, awardTypes.councilRules(date), durations, deadlines.inForce(date),
				daysOfTheYear(date), structure(date), names);
	}

	/** The year's public holidays and the make-up working days. */
	private List<Day> daysOfTheYear(LocalDate date) {
		LocalDate first = date.withDayOfYear(1);
		LocalDate last = first.plusYears(1).minusDays(1);
		return jdbc
			.sql("select holiday_date as date, name, legal_basis, false as working from public_holiday"
					+ " where holiday_date between ? and ? union all select work_date, name, legal_basis, true"
					+ " from working_weekend_day where work_date between ? and ? order by 1")
			.params(first, last, first, last)
			.query(Day.class)
			.list();
	}

	/** How many orgs of each level exist on the date, from the top. */
	private List<Structure> structure(LocalDate date) {
		Map<String, Long> byLevel = orgs.validOn(date)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(o -> o.level().name(), java.util.stream.Collectors.counting()));
		return byLevel.entrySet()
			.stream()
			.map(e -> new Structure(e.getKey(), e.getValue()))
			.sorted(java.util.Comparator.comparing(s -> ORDER.getOrDefault(s.level(), 99)))
			.toList();
	}

	private static final Map<String, Integer> ORDER = Map.of("PRESIDENT", 0, "GOVERNMENT", 1, "CENTRAL", 2, "PROVINCE", 3,
			"DEPARTMENT", 4, "DISTRICT", 5, "COMMUNE", 6, "UNIT", 7);

}
