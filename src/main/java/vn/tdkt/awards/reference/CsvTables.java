package vn.tdkt.awards.reference;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Versioned CSV files under {@code classpath:reference/} and the tables they fill. A row whose key is already present
 * keeps its values, so an administrator's later edits survive restarts; only its empty columns are filled from the
 * file (a column added by a later version reaches existing rows); a new row in a file is added on the next start.
 */
@Component
public class CsvTables {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final JdbcTemplate jdbc;

	private final ResourceLoader resources;

	public CsvTables(JdbcTemplate jdbc, ResourceLoader resources) {
		this.jdbc = jdbc;
		this.resources = resources;
	}

	/** The records of a file under the classpath, none if it does not exist. */
	public List<CSVRecord> records(String path) {
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

	/** The rows of a file as column → text maps in the file's column order (empty cells as null). */
	public List<Map<String, String>> rows(String path) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord record : records(path)) {
			Map<String, String> row = new LinkedHashMap<>();
			record.getParser().getHeaderNames().forEach(c -> {
				String value = record.get(c);
				row.put(c, value == null || value.isEmpty() ? null : value);
			});
			rows.add(row);
		}
		return rows;
	}

	/** Loads a file into its table: missing rows added, empty columns of present rows filled. */
	public int load(String path, String table, String... keys) {
		return upsert(path, table, rows(path), keys);
	}

	/**
	 * Adds the rows whose key is missing and fills the empty columns of those present. Every row has the same
	 * columns; {@code source} names them in errors.
	 */
	public int upsert(String source, String table, List<Map<String, String>> rows, String... keys) {
		if (rows.isEmpty()) {
			return 0;
		}
		Map<String, Integer> types = columnTypes(table);
		List<String> columns = List.copyOf(rows.get(0).keySet());
		List<String> keyList = Arrays.asList(keys);
		String where = keyList.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
		String insert = "insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
				columns.stream().map(c -> "?").collect(Collectors.joining(", ")));
		String exists = "select count(*) from %s where %s".formatted(table, where);
		List<String> others = columns.stream().filter(c -> !keyList.contains(c)).toList();
		String fill = others.isEmpty() ? null : "update %s set %s where %s".formatted(table,
				others.stream().map(c -> c + " = coalesce(" + c + ", ?)").collect(Collectors.joining(", ")), where);
		int added = 0;
		int line = 0;
		for (Map<String, String> text : rows) {
			line++;
			Map<String, Object> row = new HashMap<>();
			for (String column : columns) {
				row.put(column, convert(text.get(column), types.get(column), source, line, column));
			}
			Object[] keyValues = keyList.stream().map(row::get).toArray();
			Integer count = jdbc.queryForObject(exists, Integer.class, keyValues);
			if (count != null && count == 0) {
				jdbc.update(insert, columns.stream().map(row::get).toArray());
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

	/** Adds, in batches, the rows whose key is not in the table yet (large registers); present rows stay as they are. */
	public int insertMissing(String source, String table, List<Map<String, String>> rows, String... keys) {
		if (rows.isEmpty()) {
			return 0;
		}
		String keyColumns = String.join(", ", keys);
		Set<List<String>> present = new HashSet<>(jdbc.query("select " + keyColumns + " from " + table, (rs, n) -> {
			List<String> key = new ArrayList<>();
			for (int i = 1; i <= keys.length; i++) {
				key.add(rs.getString(i));
			}
			return key;
		}));
		Map<String, Integer> types = columnTypes(table);
		List<String> columns = List.copyOf(rows.get(0).keySet());
		String insert = "insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
				columns.stream().map(c -> "?").collect(Collectors.joining(", ")));
		List<Object[]> batch = new ArrayList<>();
		int line = 0;
		for (Map<String, String> text : rows) {
			line++;
			if (present.add(Arrays.stream(keys).map(text::get).toList())) {
				Object[] values = new Object[columns.size()];
				for (int i = 0; i < columns.size(); i++) {
					values[i] = convert(text.get(columns.get(i)), types.get(columns.get(i)), source, line, columns.get(i));
				}
				batch.add(values);
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(insert, batch);
		}
		return batch.size();
	}

	/** Each column's JDBC type, by lower-case name. */
	Map<String, Integer> columnTypes(String table) {
		return jdbc.query("select * from " + table + " where 1 = 0", rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Integer> types = new HashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
			}
			return types;
		});
	}

	private static Object convert(String value, Integer sqlType, String source, int line, String column) {
		if (sqlType == null) {
			throw new IllegalStateException("%s row %d: column '%s' is not in the table".formatted(source, line, column));
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
