package vn.tdkt.awards.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reference data set: a folder under {@code classpath:reference/} ({@code awards.reference-data}). A one-period set
 * ({@code nam-dinh-2023}, {@code ninh-binh-2025}) holds its org tree, movements and demo users, open-ended. A set made
 * of periods ({@code ninh-binh}: Nam Định until 30/6/2025, then Ninh Bình) lists them in {@code periods.csv} and holds
 * what joins them ({@code org_succession.csv}); each period's orgs are valid within its dates unless a row says more.
 */
public record DataSet(String name, List<Period> periods) {

	public static final String PERIODS = "periods.csv";

	/** A one-period set's folder and the dates its orgs are valid within (null: open). */
	public record Period(String folder, LocalDate validFrom, LocalDate validTo) {

		public String file(String file) {
			return "reference/" + folder + "/" + file;
		}

	}

	public static DataSet read(String name, CsvTables csv) {
		List<Map<String, String>> rows = csv.rows("reference/" + name + "/" + PERIODS);
		if (rows.isEmpty()) {
			return new DataSet(name, List.of(new Period(name, null, null)));
		}
		List<Period> periods = new ArrayList<>();
		for (Map<String, String> row : rows) {
			periods.add(new Period(row.get("data_set"), date(row.get("valid_from")), date(row.get("valid_to"))));
		}
		return new DataSet(name, List.copyOf(periods));
	}

	/** A file of the set's own folder (for a set of periods, what joins them). */
	public String file(String file) {
		return "reference/" + name + "/" + file;
	}

	/** The same file of every period, in order (demo users, movements). */
	public List<String> periodFiles(String file) {
		return periods.stream().map(p -> p.file(file)).toList();
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

}
