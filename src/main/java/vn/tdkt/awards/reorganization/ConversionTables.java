package vn.tdkt.awards.reorganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgUnit;
import vn.tdkt.awards.reorganization.Reorganization.Merge;
import vn.tdkt.awards.reorganization.Reorganization.Request;
import vn.tdkt.awards.system.InvalidInputException;

/**
 * A conversion table of administrative units ({@code new_code,new_name,old_code,old_name,change,...}, as
 * {@code admin-units/ninh-binh-2025-merged-from.csv}) read as a reorganization's request.
 */
@Component
class ConversionTables {

	private final OrgRepository orgs;

	ConversionTables(OrgRepository orgs) {
		this.orgs = orgs;
	}

	/** What a conversion table gives: the merges of the orgs it names, and its rows that name no org here. */
	record Conversion(Request request, int rowsUsed, int rowsWithoutOrg) {
	}

	/**
	 * Each org whose official code is a former unit merges into the org of the new unit (created first, from the
	 * register: {@code POST /api/orgs/from-register}); a former unit split over several goes whole into the one the
	 * table says it joined whole ("Nhập toàn bộ"). Rows whose former unit is no org here are left out and counted.
	 */
	@Transactional(readOnly = true)
	Conversion read(String csv, LocalDate effectiveFrom, String legalBasis, Boolean moveUsers, String reason) {
		if (effectiveFrom == null) {
			throw new InvalidInputException("effectiveFrom", "error.reorganization.date-missing");
		}
		List<CSVRecord> rows = rows(csv);
		Map<String, String> into = new LinkedHashMap<>();
		Set<String> missing = new java.util.TreeSet<>();
		int used = 0;
		int without = 0;
		List<OrgUnit> all = orgs.findAll();
		for (CSVRecord row : rows) {
			List<OrgUnit> former = former(all, row.get("old_code"), effectiveFrom.minusDays(1));
			if (former.isEmpty()) {
				without++;
				continue;
			}
			OrgUnit target = target(all, row.get("new_code"), effectiveFrom);
			if (target == null) {
				missing.add(row.get("new_code") + " " + (row.isMapped("new_name") ? row.get("new_name") : ""));
				continue;
			}
			boolean whole = !row.isMapped("change")
					|| !row.get("change").toLowerCase(java.util.Locale.ROOT).contains("một phần");
			for (OrgUnit f : former) {
				if (whole || !into.containsKey(f.code())) {
					into.put(f.code(), target.code());
				}
			}
			used++;
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "error.reorganization.new-orgs-missing", missing.size(),
					String.join(", ", missing.stream().limit(8).toList()));
		}
		return new Conversion(new Request(effectiveFrom, legalBasis, merges(into), moveUsers, reason), used, without);
	}

	private static List<CSVRecord> rows(String csv) {
		List<CSVRecord> rows;
		try {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(new java.io.StringReader(csv)).getRecords();
		}
		catch (java.io.IOException | IllegalArgumentException ex) {
			throw new InvalidInputException("file", "error.system.csv-unreadable", ex.getLocalizedMessage());
		}
		if (!rows.isEmpty() && (!rows.get(0).isMapped("new_code") || !rows.get(0).isMapped("old_code"))) {
			throw new InvalidInputException("file", "error.reorganization.conversion-columns");
		}
		return rows;
	}

	/** The orgs here that were the former unit (a unit or commune the day before). */
	private static List<OrgUnit> former(List<OrgUnit> all, String oldCode, LocalDate before) {
		return oldCode == null || oldCode.isBlank() ? List.of()
				: all.stream().filter(o -> oldCode.equals(o.officialCode()) && o.validOn(before)
						&& (o.level() == OrgLevel.UNIT || o.level() == OrgLevel.COMMUNE))
					.toList();
	}

	/** The new commune of the new unit, created to start on the reorganization's day. */
	private static OrgUnit target(List<OrgUnit> all, String newCode, LocalDate effectiveFrom) {
		return all.stream()
			.filter(o -> newCode.equals(o.officialCode()) && o.level() == OrgLevel.COMMUNE && o.validOn(effectiveFrom)
					&& !o.validOn(effectiveFrom.minusDays(1)))
			.findFirst()
			.orElse(null);
	}

	private static List<Merge> merges(Map<String, String> into) {
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		into.forEach((from, to) -> grouped.computeIfAbsent(to, k -> new ArrayList<>()).add(from));
		List<Merge> merges = new ArrayList<>();
		grouped.forEach((to, from) -> merges.add(new Merge(from, to)));
		return merges;
	}

}
