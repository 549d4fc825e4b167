package vn.tdkt.awards.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.nomination.Dossier;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * The decision tables' inputs for one nominee, computed from its history and the dossier (domain notes §2):
 * <ul>
 * <li>the window rule: a later award counts its years from the year after the achievement year of the previous
 * award it builds on (and after a disciplinary period ends);</li>
 * <li>movement and ad-hoc awards do not count toward merit-based ones: only CONG_TRANG awards are prerequisites;</li>
 * <li>"N consecutive years" run backwards from the dossier's year and stop at the first year that does not
 * qualify or at the window's start.</li>
 * </ul>
 */
@Component
class EligibilityFacts {

	static final Set<String> GOOD = Set.of("HTXSNV", "HTTNV");

	/** What a merit-based award builds on (domain notes §2: BK_TTG on BK_TINH, HCLD3 on BK_TTG). */
	static final Map<String, List<String>> PREREQUISITES = Map.of("BK_TTG", List.of("BK_TINH"), "HCLD3",
			List.of("BK_TTG"));

	static final Set<String> COLLECTIVE_TITLES = Set.of("TT_LDXS", "CO_TINH", "CO_CP");

	static final int WINDOW_YEARS = 5;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final History history;

	private final MovementRepository movements;

	private final OrgRepository orgs;

	private final AwardTypeRepository awardTypes;

	EligibilityFacts(History history, MovementRepository movements, OrgRepository orgs, AwardTypeRepository awardTypes) {
		this.history = history;
		this.movements = movements;
		this.orgs = orgs;
		this.awardTypes = awardTypes;
	}

	/** A person's history as the facts read it. */
	private record Person(Map<Integer, String> ratings, List<History.Initiative> initiatives, List<History.Flag> flags,
			List<History.PriorAward> awards) {
	}

	Map<String, Object> compute(Dossier dossier, long personId, String ruleSet, LocalDate today) {
		int year = dossier.year();
		Person p = new Person(history.ratings(personId), history.initiatives(personId), history.flags(personId),
				history.awards(personId));
		Map<String, Object> v = new HashMap<>();
		v.put("ruleSet", ruleSet);
		v.put("year", year);
		v.put("kind", dossier.kind());
		v.put("movementLevel", movementLevel(dossier));
		blocks(v, p, today);
		int floor = window(v, dossier, p);
		ratings(v, p, year, floor);
		priorAwards(v, p, year, (int) v.get("windowFrom"));
		initiatives(v, p, year);
		return v;
	}

	/** An open discipline or complaint blocks the proposal, with its reasons. */
	private static void blocks(Map<String, Object> v, Person p, LocalDate today) {
		List<History.Flag> open = p.flags().stream().filter(f -> f.openOn(today)).toList();
		v.put("blocked", !open.isEmpty());
		v.put("blockReason", open.isEmpty() ? "" : open.stream()
			.map(f -> vietnamese("DISCIPLINE".equals(f.kind()) ? "page.eligibility.discipline" : "page.eligibility.complaint",
					DAY.format(f.from())))
			.reduce((a, b) -> a + "; " + b)
			.map(reasons -> vietnamese("page.eligibility.blocked", reasons))
			.get());
	}

	/**
	 * The window: after the previous merit-based award it builds on, and after any finished discipline. Puts the
	 * prerequisite found and the window's first year; returns the floor (the last year before the window may start).
	 */
	private int window(Map<String, Object> v, Dossier dossier, Person p) {
		int year = dossier.year();
		int floor = p.flags().stream()
			.filter(f -> "DISCIPLINE".equals(f.kind()) && f.to() != null && f.to().getYear() < year)
			.mapToInt(f -> f.to().getYear())
			.max()
			.orElse(Integer.MIN_VALUE);
		List<String> prerequisites = PREREQUISITES.getOrDefault(dossier.awardType(), List.of());
		var prereq = p.awards().stream()
			.filter(a -> prerequisites.contains(a.awardType()) && "CONG_TRANG".equals(a.kind()) && a.year() < year)
			.max((a, b) -> Integer.compare(a.year(), b.year()));
		v.put("hasPrereq", prereq.isPresent());
		v.put("prereqName",
				prereq.map(a -> vietnamese("page.eligibility.prior-award", awardName(a.awardType()), a.year())).orElse(""));
		if (prereq.isPresent()) {
			floor = Math.max(floor, prereq.get().year());
		}
		v.put("windowFrom", Math.max(year - WINDOW_YEARS + 1, floor == Integer.MIN_VALUE ? Integer.MIN_VALUE : floor + 1));
		return floor;
	}

	/** The yearly ratings: this year's, the runs of good and excellent years since the floor, the years missing. */
	private static void ratings(Map<String, Object> v, Person p, int year, int floor) {
		Map<Integer, String> ratings = p.ratings();
		String thisYear = ratings.get(year);
		v.put("goodThisYear", thisYear != null && GOOD.contains(thisYear));
		v.put("excellentThisYear", "HTXSNV".equals(thisYear));
		v.put("goodRun", run(year, floor, y -> GOOD.contains(ratings.getOrDefault(y, ""))));
		v.put("excellentRun", run(year, floor, y -> "HTXSNV".equals(ratings.get(y))));
		List<String> missing = new ArrayList<>();
		for (int y = year - WINDOW_YEARS + 1; y <= year; y++) {
			if (y <= floor || !GOOD.contains(ratings.getOrDefault(y, ""))) {
				missing.add(Integer.toString(y));
			}
		}
		v.put("missingGoodYears", missing.isEmpty() ? vietnamese("page.eligibility.none") : String.join(", ", missing));
	}

	/** Titles and awards already received: runs of emulation fighters, counts within the window. */
	private static void priorAwards(Map<String, Object> v, Person p, int year, int windowFrom) {
		Set<Integer> cstdCs = years(p.awards(), "CSTD_CS");
		Set<Integer> cstdTinh = years(p.awards(), "CSTD_TINH");
		v.put("cstdCsRun", latestRun(year, cstdCs));
		v.put("cstdTinhRun", latestRun(year, cstdTinh));
		v.put("cstdCsInWindow", (int) cstdCs.stream().filter(y -> y >= windowFrom && y <= year).count());
		v.put("excellentInWindow", (int) p.ratings().entrySet()
			.stream()
			.filter(e -> e.getKey() >= windowFrom && e.getKey() <= year && "HTXSNV".equals(e.getValue()))
			.count());
		v.put("collectiveTitlesInWindow", (int) p.awards().stream()
			.filter(a -> COLLECTIVE_TITLES.contains(a.awardType()) && a.year() >= windowFrom && a.year() <= year)
			.count());
		// a collective's Tập thể lao động xuất sắc of the year or the year before (Bằng khen tỉnh, collectives [R])
		v.put("ttLdxsRecent", p.awards().stream().anyMatch(a -> "TT_LDXS".equals(a.awardType()) && a.year() >= year - 1
				&& a.year() <= year));
	}

	/** Initiatives (sáng kiến) of the year and of recent years, by level. */
	private static void initiatives(Map<String, Object> v, Person p, int year) {
		List<History.Initiative> initiatives = p.initiatives();
		v.put("initiativeThisYear", initiatives.stream().anyMatch(i -> i.year() == year));
		v.put("initiativeTinhRecent", initiatives.stream()
			.anyMatch(i -> i.year() >= year - 2 && i.year() <= year && !"CO_SO".equals(i.level())));
		v.put("initiativeToanQuocRecent", initiatives.stream()
			.anyMatch(i -> i.year() >= year - 5 && i.year() <= year && "TOAN_QUOC".equals(i.level())));
		v.put("initiativesCoSo2y", (int) initiatives.stream().filter(i -> i.year() >= year - 1 && i.year() <= year).count());
	}

	/** TRUNG_UONG, TINH, NGANH, HUYEN, CO_SO for a movement award; "" otherwise. */
	private String movementLevel(Dossier dossier) {
		if (!"PHONG_TRAO".equals(dossier.kind()) || dossier.movement() == null) {
			return "";
		}
		return movements.find(dossier.movement())
			.flatMap(m -> orgs.find(m.launchedBy()))
			.map(o -> switch (o.level()) {
				case PRESIDENT, GOVERNMENT, CENTRAL -> "TRUNG_UONG";
				case PROVINCE -> "TINH";
				case DEPARTMENT -> "NGANH";
				case DISTRICT -> "HUYEN";
				case COMMUNE, UNIT -> "CO_SO";
			})
			.orElse("");
	}

	private String awardName(String code) {
		return awardTypes.find(code).map(t -> t.nameVi()).orElse(code);
	}

	/**
	 * A text of the inputs: the tables quote it in their (Vietnamese, legal) reasons, stored with the dossier, so it is
	 * Vietnamese whoever reads it.
	 */
	private static String vietnamese(String key, Object... args) {
		return UserTexts.text(WebConfiguration.VIETNAMESE, key, args);
	}

	/** Consecutive qualifying years ending at {@code year}, not reaching {@code floor}. */
	static int run(int year, int floor, java.util.function.IntPredicate qualifies) {
		int n = 0;
		for (int y = year; y > floor && qualifies.test(y); y--) {
			n++;
		}
		return n;
	}

	/** The run of consecutive years ending at {@code year}, or at the year before when this year has none yet. */
	static int latestRun(int year, Set<Integer> years) {
		int end = years.contains(year) ? year : year - 1;
		return run(end, Integer.MIN_VALUE, years::contains);
	}

	private static Set<Integer> years(List<History.PriorAward> awards, String type) {
		Set<Integer> years = new java.util.HashSet<>();
		awards.stream().filter(a -> a.awardType().equals(type)).forEach(a -> years.add(a.year()));
		return years;
	}

}
