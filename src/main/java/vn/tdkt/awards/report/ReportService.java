package vn.tdkt.awards.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.movement.Movement;
import vn.tdkt.awards.movement.MovementRepository;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.registry.AwardRegistry;
import vn.tdkt.awards.registry.RegistryReads;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.UserTexts;

/**
 * Reports from the award registry: a movement over years, a province's year by org. Counts are awards (awarded
 * nominees, imported and demo awards; read from the registry's maintained counts, award_count) by the dossier's
 * award year, grouped by award type and the deciding authority
 * as reports name it (the org's {@code authority}: "Chủ tịch UBND tỉnh", "Chủ tịch UBND cấp huyện"...).
 */
@Service
public class ReportService {

	private final RegistryReads registry;

	private final MovementRepository movements;

	private final AwardTypeRepository awardTypes;

	private final OrgRepository orgs;

	public ReportService(RegistryReads registry, MovementRepository movements, AwardTypeRepository awardTypes,
			OrgRepository orgs) {
		this.registry = registry;
		this.movements = movements;
		this.awardTypes = awardTypes;
		this.orgs = orgs;
	}

	/** A movement's report in the current request's language. */
	public MovementReport movement(String code, Integer fromYear, Integer toYear) {
		return movement(code, fromYear, toYear, UserTexts.currentLocale());
	}

	/**
	 * A movement over years; the award phrases and summary sentences in {@code locale} (the authority stays as the
	 * orgs' data names it: it is the rows' key).
	 */
	@Transactional(readOnly = true)
	public MovementReport movement(String code, Integer fromYear, Integer toYear, Locale locale) {
		Movement movement = movements.find(code)
			.orElseThrow(() -> new NotFoundException("error.report.movement-unknown", code));
		int from = fromYear == null ? movement.periodFrom() : fromYear;
		int to = toYear == null ? Math.max(movement.periodTo(), from) : toYear;
		if (from > to) {
			throw new InvalidInputException("fromYear", "error.report.years-reversed", from, to);
		}
		if (to - from > 100) {
			throw new InvalidInputException("toYear", "error.report.years-too-long", from, to);
		}
		List<Count> counts = counts(registry.countsOfMovement(code, from, to));
		Map<String, AwardType> types = types();
		Map<String, long[]> grouped = new LinkedHashMap<>();
		for (Count c : counts) {
			add(grouped, c.group() + "|" + c.awardType() + "|" + c.authority(), c);
		}
		List<MovementReport.Row> rows = new ArrayList<>();
		grouped.forEach((key, n) -> {
			String[] k = key.split("\\|", 3);
			AwardType type = types.get(k[1]);
			rows.add(new MovementReport.Row(Integer.parseInt(k[0]), k[1], type.name(locale), k[2],
					Sentences.award(type, k[2], locale), n[0], n[1], n[2]));
		});
		List<String> order = List.copyOf(types.keySet());
		rows.sort(Comparator.comparingInt(MovementReport.Row::year)
			.thenComparing(r -> -order.indexOf(r.awardType()))
			.thenComparing(MovementReport.Row::authority));
		return new MovementReport(code, movement.name(), from, to, rows, Sentences.of(rows, locale), demo(counts),
				demoDoublesReal(counts));
	}

	/** A year by submitting org as it was then (the seed's districts stay districts). */
	public YearReport year(int year, String province) {
		return year(year, province, false);
	}

	/**
	 * A year across movements and award types, by submitting org: for the orgs under {@code province} (itself
	 * included), or the whole registry when it is null. With {@code rollUp}, an org that ceased is counted under the
	 * org that took it over whole (xã Giao Phong under xã Giao Ninh, Nam Định's districts under Ninh Bình), and a
	 * province includes the orgs of its predecessors.
	 */
	public YearReport year(int year, String province, boolean rollUp) {
		return year(year, province, rollUp, UserTexts.currentLocale());
	}

	/** The same, the award phrases and the summary sentence in {@code locale}. */
	@Transactional(readOnly = true)
	public YearReport year(int year, String province, boolean rollUp, Locale locale) {
		if (year < 1945 || year > 2100) {
			throw new InvalidInputException("year", "error.report.year-invalid", year);
		}
		Map<String, OrgUnit> all = new HashMap<>();
		orgs.findAll().forEach(o -> all.put(o.code(), o));
		OrgUnit root = province == null ? null : all.get(province);
		if (province != null && root == null) {
			throw new InvalidInputException("province", "error.report.province-unknown", province);
		}
		Map<String, String> successor = new HashMap<>();
		if (rollUp) {
			orgs.successions().stream().filter(s -> s.whole()).forEach(s -> successor.putIfAbsent(s.predecessorCode(), s.successorCode()));
		}
		Set<String> within = new HashSet<>();
		for (String code : all.keySet()) {
			if (root == null || OrgWalk.under(code, root.code(), all, successor)) {
				within.add(code);
			}
		}
		List<Count> counts = counts(registry.countsOfYear(year)).stream().filter(c -> within.contains(c.group())).toList();
		List<MovementReport.Row> totals = yearTotals(year, counts, locale);
		List<String> sentences = Sentences.of(totals, locale);
		String summary = sentences.isEmpty() ? Sentences.noAward(year, locale) : sentences.get(0);
		return new YearReport(year, province, root == null ? null : root.name(),
				yearRows(counts, all, successor, locale), summary, demo(counts), demoDoublesReal(counts), rollUp);
	}

	/** The year's rows by org (as it stands now when rolled up), award type and authority. */
	private List<YearReport.Row> yearRows(List<Count> counts, Map<String, OrgUnit> all, Map<String, String> successor,
			Locale locale) {
		Map<String, AwardType> types = types();
		List<String> order = List.copyOf(types.keySet());
		Map<String, long[]> byOrg = new LinkedHashMap<>();
		counts.forEach(c -> add(byOrg, OrgWalk.current(c.group(), successor) + "|" + c.awardType() + "|" + c.authority(), c));
		List<YearReport.Row> rows = new ArrayList<>();
		byOrg.forEach((key, n) -> {
			String[] k = key.split("\\|", 3);
			AwardType type = types.get(k[1]);
			rows.add(new YearReport.Row(k[0], all.get(k[0]).name(), k[1], type.name(locale), k[2],
					Sentences.award(type, k[2], locale), n[0], n[1], n[2]));
		});
		rows.sort(Comparator.comparing(YearReport.Row::orgName)
			.thenComparing(r -> -order.indexOf(r.awardType()))
			.thenComparing(YearReport.Row::authority));
		return rows;
	}

	/** The year's totals by award type and authority, the highest award first, as the summary sentence tells them. */
	private List<MovementReport.Row> yearTotals(int year, List<Count> counts, Locale locale) {
		Map<String, AwardType> types = types();
		List<String> order = List.copyOf(types.keySet());
		Map<String, long[]> byAward = new LinkedHashMap<>();
		counts.forEach(c -> add(byAward, year + "|" + c.awardType() + "|" + c.authority(), c));
		List<MovementReport.Row> totals = new ArrayList<>();
		byAward.forEach((key, n) -> {
			String[] k = key.split("\\|", 3);
			AwardType type = types.get(k[1]);
			totals.add(new MovementReport.Row(year, k[1], type.name(locale), k[2], Sentences.award(type, k[2], locale),
					n[0], n[1], n[2]));
		});
		totals.sort(Comparator.comparing((MovementReport.Row r) -> -order.indexOf(r.awardType()))
			.thenComparing(MovementReport.Row::authority));
		return totals;
	}

	/** A count of awards in a group (a year or an org), award type, authority, subject type and source. */
	private record Count(String group, String awardType, String authority, String subjectType, String source, long n) {
	}

	/** The registry's counts with their deciding org's authority as reports name it ("Chủ tịch UBND tỉnh"). */
	private List<Count> counts(List<RegistryReads.AwardCount> counts) {
		Map<String, String> authority = new HashMap<>();
		orgs.findAll().forEach(o -> authority.put(o.code(), o.authority()));
		return counts.stream()
			.map(c -> new Count(c.group(), c.awardType(), authority.getOrDefault(c.authorityOrg(), c.authorityOrg()),
					c.subjectType(), c.source(), c.n()))
			.toList();
	}

	private static void add(Map<String, long[]> grouped, String key, Count c) {
		long[] n = grouped.computeIfAbsent(key, k -> new long[3]);
		switch (c.subjectType()) {
			case "TAP_THE" -> n[0] += c.n();
			case "CA_NHAN" -> n[1] += c.n();
			default -> n[2] += c.n();
		}
	}

	private static long demo(List<Count> counts) {
		return counts.stream().filter(c -> AwardRegistry.DEMO.equals(c.source())).mapToLong(Count::n).sum();
	}

	/** Whether demo and real awards of the same group (year or org) and award type are added up in the report. */
	private static boolean demoDoublesReal(List<Count> counts) {
		Map<String, Set<Boolean>> kinds = new HashMap<>();
		for (Count c : counts) {
			kinds.computeIfAbsent(c.group() + " " + c.awardType(), k -> new HashSet<>())
				.add(AwardRegistry.DEMO.equals(c.source()));
		}
		return kinds.values().stream().anyMatch(k -> k.size() == 2);
	}

	/** Award types from the lowest to the highest (their sort order). */
	private Map<String, AwardType> types() {
		Map<String, AwardType> types = new LinkedHashMap<>();
		awardTypes.findAll().forEach(t -> types.put(t.code(), t));
		return types;
	}

}
