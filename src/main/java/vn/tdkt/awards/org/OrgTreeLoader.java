package vn.tdkt.awards.org;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.reference.CsvTables;
import vn.tdkt.awards.reference.DataSet;
import vn.tdkt.awards.reference.DataSet.Period;

/**
 * Loads the org tree through time: the official register of administrative units, the central orgs, each period's
 * orgs valid within its dates, the communes of the register that a period takes in (admin_units.csv), and who
 * succeeded whom: the set's own {@code org_succession.csv} and, for each former commune with an official code, the new
 * commune the register says took it in. A predecessor's validity ends the day before its successor takes over.
 */
@Component
public class OrgTreeLoader {

	static final String REGISTER = "reference/national/admin_unit_register.csv";

	static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "leader_title", "authority",
			"decision_symbol", "submission_symbol", "issuer_parent", "issuer", "place", "leader_position", "official_code",
			"valid_from", "valid_to");

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final CsvTables csv;

	private final JdbcClient jdbc;

	private final OrgRepository orgRepository;

	public OrgTreeLoader(CsvTables csv, JdbcClient jdbc, OrgRepository orgs) {
		this.csv = csv;
		this.jdbc = jdbc;
		this.orgRepository = orgs;
	}

	/** Loads what is missing; returns the rows added or closed. */
	public int load(DataSet set) {
		// the reference version first, as every writer of orgs takes it: every node's org copies reload after this
		orgRepository.changing();
		int added = register();
		List<Map<String, String>> orgs = new ArrayList<>(within(csv.rows("reference/national/org_unit.csv"), null, null));
		for (Period period : set.periods()) {
			orgs.addAll(within(csv.rows(period.file("org_unit.csv")), period.validFrom(), period.validTo()));
			for (Map<String, String> source : csv.rows(period.file("admin_units.csv"))) {
				orgs.addAll(within(communes(source), period.validFrom(), period.validTo()));
			}
		}
		added += csv.upsert("org_unit.csv of " + set.name(), "org_unit", parentsFirst(orgs), "code");
		added += successions(set);
		return added;
	}

	private int register() {
		int added = 0;
		for (Map<String, String> file : csv.rows(REGISTER)) {
			String path = "reference/" + file.get("file");
			List<Map<String, String>> rows = new ArrayList<>();
			if ("ORIGINS".equals(file.get("kind"))) {
				for (Map<String, String> r : csv.rows(path)) {
					if (r.get("old_code") == null) {
						continue; // an area that was no administrative unit (Kim Đông's coastal alluvial land): no code
					}
					rows.add(row("new_code", r.get("new_code"), "old_code", r.get("old_code"), "old_name", r.get("old_name"),
							"merge_kind", r.get("change"), "old_district", r.get("old_district"), "old_province",
							r.get("old_province"), "legal_basis", file.get("legal_basis")));
				}
				added += csv.insertMissing(path, "admin_unit_origin", rows, "new_code", "old_code");
			}
			else {
				for (Map<String, String> r : csv.rows(path)) {
					rows.add(row("code", r.get("code"), "name", r.get("name"), "unit_type", r.get("type"), "province_code",
							r.get("province_code"), "valid_from", file.get("valid_from"), "legal_basis", file.get("legal_basis")));
				}
				added += csv.insertMissing(path, "admin_unit", rows, "code");
			}
		}
		return added;
	}

	/** The orgs of one register file's communes and wards, under the given parent. */
	private List<Map<String, String>> communes(Map<String, String> source) {
		List<Map<String, String>> orgs = new ArrayList<>();
		for (Map<String, String> unit : csv.rows("reference/" + source.get("file"))) {
			orgs.add(commune(unit.get("code"), unit.get("type"), unit.get("name"), source.get("parent_code")));
		}
		return orgs;
	}

	/** The People's Committee of a commune-level unit of the register, as an org row (CSV columns). */
	static Map<String, String> commune(String officialCode, String type, String name, String parentCode) {
		String typed = type + " " + name;
		Map<String, String> org = new LinkedHashMap<>();
		org.put("code", code(type, name));
		org.put("name", "Ủy ban nhân dân " + typed);
		org.put("level", OrgLevel.COMMUNE.name());
		org.put("parent_code", parentCode);
		org.put("leader_title", "Chủ tịch UBND " + typed);
		org.put("authority", "Chủ tịch UBND cấp xã");
		org.put("decision_symbol", "QĐ-UBND");
		org.put("submission_symbol", "TTr-UBND");
		org.put("issuer", "ỦY BAN NHÂN DÂN|" + typed.toUpperCase(VI));
		org.put("place", name);
		org.put("leader_position", "Chủ tịch");
		org.put("official_code", officialCode);
		return org;
	}

	/** {@code XA_GIAO_NINH}, {@code PHUONG_HOA_LU}, {@code DAC_KHU_CON_DAO}: the type and the name without diacritics. */
	static String code(String type, String name) {
		String prefix = switch (type) {
			case "xã" -> "XA_";
			case "phường" -> "PHUONG_";
			case "đặc khu" -> "DAC_KHU_";
			default -> throw new IllegalArgumentException("Unknown commune-level type: " + type);
		};
		String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "_");
		return prefix + folded.toUpperCase(Locale.ROOT);
	}

	/** Rows with every column of {@link #COLUMNS}, valid within the period unless they say otherwise. */
	private static List<Map<String, String>> within(List<Map<String, String>> rows, LocalDate from, LocalDate to) {
		List<Map<String, String>> out = new ArrayList<>();
		for (Map<String, String> row : rows) {
			Map<String, String> org = new LinkedHashMap<>();
			COLUMNS.forEach(c -> org.put(c, row.get(c)));
			if (org.get("valid_from") == null && from != null) {
				org.put("valid_from", from.toString());
			}
			if (org.get("valid_to") == null && to != null) {
				org.put("valid_to", to.toString());
			}
			out.add(org);
		}
		return out;
	}

	/** Orders the rows so that a parent comes before its children (a parent may also be in the table already). */
	private List<Map<String, String>> parentsFirst(List<Map<String, String>> rows) {
		Set<String> known = new HashSet<>(jdbc.sql("select code from org_unit").query(String.class).list());
		List<Map<String, String>> ordered = new ArrayList<>();
		List<Map<String, String>> waiting = new ArrayList<>(rows);
		while (!waiting.isEmpty()) {
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> row : waiting) {
				String parent = row.get("parent_code");
				if (parent == null || known.contains(parent)) {
					ordered.add(row);
					known.add(row.get("code"));
				}
				else {
					next.add(row);
				}
			}
			if (next.size() == waiting.size()) {
				throw new IllegalStateException("Orgs whose parent is in no data file: "
						+ next.stream().map(r -> r.get("code") + " → " + r.get("parent_code")).toList());
			}
			waiting = next;
		}
		return ordered;
	}

	private int successions(DataSet set) {
		List<Map<String, String>> rows = new ArrayList<>(csv.rows(set.file("org_succession.csv")));
		// a former commune closed by its period, the new one the register says took it in
		jdbc.sql("""
				select p.code as predecessor_code, s.code as successor_code, s.valid_from as effective_from,
				       o.merge_kind, o.legal_basis
				from org_unit p
				join admin_unit_origin o on o.old_code = p.official_code
				join org_unit s on s.official_code = o.new_code and s.level = 'COMMUNE' and s.code <> p.code
				where p.valid_to is not null and p.level in ('UNIT', 'COMMUNE') and s.valid_from > p.valid_to
				""").query((rs, n) -> row("predecessor_code", rs.getString("predecessor_code"), "successor_code",
						rs.getString("successor_code"), "effective_from", rs.getDate("effective_from").toString(), "whole",
						Boolean.toString("Nhập toàn bộ".equals(rs.getString("merge_kind"))), "legal_basis",
						rs.getString("legal_basis")))
			.list()
			.forEach(rows::add);
		int added = csv.upsert(set.file("org_succession.csv"), "org_succession", rows, "predecessor_code", "successor_code");
		for (Map<String, String> s : rows) {
			LocalDate lastDay = LocalDate.parse(s.get("effective_from")).minusDays(1);
			added += jdbc.sql("update org_unit set valid_to = ? where code = ? and (valid_to is null or valid_to > ?)")
				.params(lastDay, s.get("predecessor_code"), lastDay)
				.update();
		}
		return added;
	}

	private static Map<String, String> row(String... keyValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put(keyValues[i], keyValues[i + 1]);
		}
		return row;
	}

}
