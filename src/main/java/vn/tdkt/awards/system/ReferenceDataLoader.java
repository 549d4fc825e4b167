package vn.tdkt.awards.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference data from versioned CSV files under {@code classpath:reference/}: the national files (central
 * orgs, award types, council rules, legal durations, holidays) and the chosen data set's org tree and movements
 * ({@code awards.reference-data}). A row whose key is already present keeps its values, so an administrator's later
 * edits survive restarts; only its empty columns are filled from the file (a column added by a later version reaches
 * existing rows); a new row in a file is added on the next start.
 */
@Component
public class ReferenceDataLoader {

	private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final JdbcTemplate jdbc;

	private final ResourceLoader resources;

	private final AwardsProperties properties;

	public ReferenceDataLoader(JdbcTemplate jdbc, ResourceLoader resources, AwardsProperties properties) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.properties = properties;
	}

	@Transactional
	public void load() {
		String dataSet = "reference/" + properties.referenceData() + "/";
		int added = 0;
		added += load("reference/national/org_unit.csv", "org_unit", "code");
		added += load(dataSet + "org_unit.csv", "org_unit", "code");
		added += load("reference/national/award_type.csv", "award_type", "code");
		added += load("reference/national/award_council_rule.csv", "award_council_rule", "award_type", "org_level");
		added += load("reference/national/legal_duration.csv", "legal_duration", "code", "org_level", "valid_from");
		added += load("reference/national/public_holiday.csv", "public_holiday", "holiday_date");
		added += load("reference/national/working_weekend_day.csv", "working_weekend_day", "work_date");
		added += load(dataSet + "movement.csv", "movement", "code");
		added += load("reference/national/legal_basis.csv", "legal_basis", "code", "valid_from");
		added += load("reference/national/certificate_layout.csv", "certificate_layout", "award_type");
		added += load("reference/national/eligibility_rule_set.csv", "eligibility_rule_set", "code");
		LOG.info("Reference data '{}' ready ({} rows added)", properties.referenceData(), added);
	}

	/** Reads a CSV file of the reference folder as records (demo users, for one). */
	public List<CSVRecord> read(String path) {
		Resource resource = resources.getResource("classpath:" + path);
		if (!resource.exists()) {
			return List.of();
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	public String dataSetFile(String file) {
		return "reference/" + properties.referenceData() + "/" + file;
	}

	private int load(String path, String table, String... keys) {
		List<CSVRecord> records = read(path);
		if (records.isEmpty()) {
			return 0;
		}
		Map<String, Integer> types = columnTypes(table);
		List<String> columns = records.get(0).getParser().getHeaderNames();
		String insert = "insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
				columns.stream().map(c -> "?").collect(Collectors.joining(", ")));
		String exists = "select count(*) from %s where %s".formatted(table,
				java.util.Arrays.stream(keys).map(k -> k + " = ?").collect(Collectors.joining(" and ")));
		// fills the columns still empty in an existing row: coalesce keeps what is there
		List<String> others = columns.stream().filter(c -> !java.util.Arrays.asList(keys).contains(c)).toList();
		String fill = others.isEmpty() ? null : "update %s set %s where %s".formatted(table,
				others.stream().map(c -> c + " = coalesce(" + c + ", ?)").collect(Collectors.joining(", ")),
				java.util.Arrays.stream(keys).map(k -> k + " = ?").collect(Collectors.joining(" and ")));
		int added = 0;
		for (CSVRecord record : records) {
			Map<String, Object> row = new HashMap<>();
			for (String column : columns) {
				row.put(column, convert(record.get(column), types.get(column), path, record));
			}
			Object[] keyValues = java.util.Arrays.stream(keys).map(row::get).toArray();
			Integer count = jdbc.queryForObject(exists, Integer.class, keyValues);
			if (count != null && count == 0) {
				List<Object> values = new ArrayList<>();
				columns.forEach(c -> values.add(row.get(c)));
				jdbc.update(insert, values.toArray());
				added++;
			}
			else if (fill != null) {
				List<Object> values = new ArrayList<>();
				others.forEach(c -> values.add(row.get(c)));
				values.addAll(List.of(keyValues));
				jdbc.update(fill, values.toArray());
			}
		}
		return added;
	}

	private Map<String, Integer> columnTypes(String table) {
		return jdbc.query("select * from " + table + " where 1 = 0", rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Integer> types = new HashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
			}
			return types;
		});
	}

	private static Object convert(String value, Integer sqlType, String path, CSVRecord record) {
		if (sqlType == null) {
			throw new IllegalStateException("%s line %d: a column is not in the table".formatted(path, record.getRecordNumber()));
		}
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (sqlType) {
			case Types.DATE -> LocalDate.parse(value);
			case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(value);
			case Types.BIGINT -> Long.valueOf(value);
			case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(value);
			case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(value);
			default -> value;
		};
	}

}
