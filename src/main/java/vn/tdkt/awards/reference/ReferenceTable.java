package vn.tdkt.awards.reference;

import java.util.List;
import java.util.stream.Stream;

/**
 * The reference tables administrators keep through the pages and the API, and how each is keyed. A table with a
 * validity gets a new version for a change (from a later date: what applied before stays as it was, for the dossiers
 * of those dates); award types, which have no validity, are changed in place and audited. The column lists are the
 * CSV files' (export and import use the same format).
 */
public enum ReferenceTable {

	LEGAL_DURATION("legal_duration", "reference/national/legal_duration.csv", List.of("code", "org_level"),
			List.of("working_days", "legal_basis", "certainty")),
	COUNCIL_RULE("award_council_rule", "reference/national/award_council_rule.csv", List.of("award_type", "org_level"),
			List.of("secret_ballot", "threshold_percent", "threshold_inclusive", "threshold_base", "legal_basis",
					"quorum_numerator", "quorum_denominator", "quorum_basis", "certainty")),
	LEGAL_BASIS("legal_basis", "reference/national/legal_basis.csv", List.of("code"),
			List.of("text", "sort_order", "levels", "province_code", "certainty")),
	INTAKE_DEADLINE("intake_deadline", "reference/national/intake_deadline.csv", List.of("award_type", "org_level"),
			List.of("deadline_month", "deadline_day", "years_after", "legal_basis", "certainty")),
	ELIGIBILITY_RULE_SET("eligibility_rule_set", "reference/national/eligibility_rule_set.csv", List.of("code"),
			List.of("legal_basis")),
	AWARD_TYPE("award_type", "reference/national/award_type.csv", List.of("code"),
			List.of("name_vi", "name_en", "family", "subject_types", "deciding_levels", "authority", "public_posting",
					"legal_basis", "sort_order"));

	private final String table;

	private final String file;

	private final List<String> keys;

	private final List<String> values;

	ReferenceTable(String table, String file, List<String> keys, List<String> values) {
		this.table = table;
		this.file = file;
		this.keys = keys;
		this.values = values;
	}

	public String table() {
		return table;
	}

	/** The CSV file the table starts from. */
	public String file() {
		return file;
	}

	/** The columns that name a value (without its validity). */
	public List<String> keys() {
		return keys;
	}

	/** The columns that hold the value. */
	public List<String> valueColumns() {
		return values;
	}

	/**
	 * The columns whose versions succeed one another: the keys, except for eligibility rule sets, which succeed one
	 * another whatever their code (a new set closes the one in force).
	 */
	public List<String> versionKeys() {
		return this == ELIGIBILITY_RULE_SET ? List.of() : keys;
	}

	/** Whether a change is a new version from a date (the table has valid_from/valid_to). */
	public boolean versioned() {
		return this != AWARD_TYPE;
	}

	/** Every column, in the CSV files' order: keys, values, then the validity. */
	public List<String> columns() {
		return Stream.of(keys.stream(), values.stream(),
				versioned() ? Stream.of("valid_from", "valid_to") : Stream.<String>empty())
			.flatMap(s -> s)
			.toList();
	}

	/** The name in URLs and audit rows: {@code legal-duration}, {@code LEGAL_DURATION}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static ReferenceTable ofSlug(String slug) {
		for (ReferenceTable t : values()) {
			if (t.slug().equals(slug)) {
				return t;
			}
		}
		return null;
	}

}
