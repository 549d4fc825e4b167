package vn.tdkt.awards.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.system.ReferenceVersion;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Administrators change reference values without a developer or a restart. A table with a validity takes a new
 * version from a date: the version in force then ends the day before, the earlier ones stay as they were, so a dossier
 * keeps the rule of its date; a version is never rewritten once it exists (a correction is a later version, or, for a
 * value that has not applied yet, a version from the same future date is refused — remove nothing, add after it).
 * Award types change in place. Every change is audited and raises the reference version ({@link ReferenceVersion})
 * in its transaction, so that every node reads it at once. The CSV format of the files is the export and import format.
 */
@Service
public class ReferenceValues {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** What an import did: rows added as new versions, rows already there. */
	public record Imported(int added, int unchanged) {
	}

	private final JdbcClient jdbc;

	private final ReferenceRows tables;

	private final ReferenceAudit audit;

	private final ReferenceVersion version;

	private final CsvTables csv;

	ReferenceValues(JdbcClient jdbc, ReferenceRows tables, ReferenceAudit audit, ReferenceVersion version, CsvTables csv) {
		this.tables = tables;
		this.csv = csv;
		this.jdbc = jdbc;
		this.audit = audit;
		this.version = version;
	}

	/** The rows as the CSV files have them (text values, empty as null), in key and date order. */
	@Transactional(readOnly = true)
	public List<Map<String, String>> rows(ReferenceTable table) {
		return tables.rows(table);
	}

	/** The table as its CSV file would be. */
	public String export(ReferenceTable table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new))
			.setRecordSeparator('\n')
			.get()
			.print(out)) {
			for (Map<String, String> row : rows(table)) {
				printer.printRecord(table.columns().stream().map(c -> row.get(c) == null ? "" : row.get(c)).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * A new value: for a versioned table, a version from {@code valid_from} (the version then in force ends the day
	 * before); for award types, the row changed in place.
	 */
	@Transactional
	public Map<String, String> add(ReferenceTable table, Map<String, String> given, String actor, String reason,
			LocalDateTime at) {
		Map<String, Object> row = checked(table, given);
		String key = ReferenceRows.key(table, row);
		if (!table.versioned()) {
			Map<String, String> before = tables.find(table, row);
			if (before == null) {
				tables.insert(table, row);
			}
			else {
				tables.update(table, row);
			}
			audit.record(at, actor, table.name(), key, before == null ? "CREATE" : "UPDATE",
					before == null ? null : before.toString(), given.toString(), reason);
		}
		else {
			LocalDate from = (LocalDate) row.get("valid_from");
			List<Map<String, Object>> versions = tables.versions(table, row);
			for (Map<String, Object> v : versions) {
				LocalDate vFrom = (LocalDate) v.get("valid_from");
				if (!from.isAfter(vFrom)) {
					throw new InvalidValueException("valid_from", "error.reference.version-exists", DAY.format(vFrom));
				}
			}
			for (Map<String, Object> v : versions) {
				LocalDate vTo = (LocalDate) v.get("valid_to");
				if (vTo == null || !vTo.isBefore(from)) {
					tables.close(table, v, from.minusDays(1));
				}
			}
			tables.insert(table, row);
			String versionKey = UserTexts.text(WebConfiguration.VIETNAMESE, "record.reference.version-key", key,
					DAY.format(from));
			audit.record(at, actor, table.name(), versionKey, "CREATE",
					versions.isEmpty() ? null : versions.get(versions.size() - 1).toString(), given.toString(), reason);
		}
		version.changed();
		return ReferenceRows.textRow(table, row);
	}

	/** Imports the table's CSV: rows already there unchanged, new ones added as versions; all or nothing. */
	@Transactional
	public Imported importCsv(ReferenceTable table, String csv, String actor, String reason, LocalDateTime at) {
		List<CSVRecord> records;
		try {
			records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(csv)).getRecords();
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new InvalidValueException("file", "error.system.csv-unreadable", ex.getLocalizedMessage());
		}
		List<Map<String, String>> existing = rows(table);
		int added = 0;
		int unchanged = 0;
		for (CSVRecord record : records) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String column : table.columns()) {
				if (!record.isMapped(column)) {
					throw new InvalidValueException("file", "error.reference.column-missing", column,
							String.join(", ", table.columns()));
				}
				String value = record.get(column);
				given.put(column, value == null || value.isEmpty() ? null : value);
			}
			if (existing.contains(given)) {
				unchanged++;
				continue;
			}
			try {
				add(table, given, actor, reason, at);
			}
			catch (InvalidValueException ex) {
				// the row's problem is told in the language of the whole message
				throw new InvalidValueException(ex.field(), "error.reference.row", record.getRecordNumber() + 1, ex);
			}
			added++;
		}
		return new Imported(added, unchanged);
	}

	private Map<String, Object> checked(ReferenceTable table, Map<String, String> given) {
		if (given == null) {
			throw new InvalidValueException("body", "error.reference.no-values");
		}
		Map<String, Integer> types = tables.types(table);
		Map<String, Object> row = new LinkedHashMap<>();
		for (String column : table.columns()) {
			if (column.equals("valid_to")) {
				continue; // a version ends when the next one begins
			}
			String text = given.get(column);
			text = text == null || text.isBlank() ? null : text.trim();
			if (text != null && (text.length() > 4000 || text.chars().anyMatch(c -> Character.isISOControl(c)))) {
				throw new InvalidValueException(column, "error.reference.value-unclean");
			}
			row.put(column, ReferenceRows.value(column, text, types.get(column)));
		}
		for (String required : table.keys()) {
			if (row.get(required) == null) {
				throw new InvalidValueException(required, "error.reference.required", required);
			}
		}
		if (table.versioned() && row.get("valid_from") == null) {
			throw new InvalidValueException("valid_from", "error.reference.date-missing");
		}
		return row;
	}

	/** A bad value, naming its column (a 400 for API clients). */
	public static class InvalidValueException extends vn.tdkt.awards.system.InvalidInputException {

		/** {@code message}: a key of the messages bundle with its arguments. */
		InvalidValueException(String field, String message, Object... args) {
			super(field, message, args);
		}

	}

}
