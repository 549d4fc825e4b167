package vn.tdkt.awards.reference;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.reference.ReferenceValues.InvalidValueException;

/** The rows of a reference table in the database: read as text, versions of a key, written as the table's types. */
@Component
class ReferenceRows {

	private final JdbcClient jdbc;

	private final CsvTables csv;

	ReferenceRows(JdbcClient jdbc, CsvTables csv) {
		this.jdbc = jdbc;
		this.csv = csv;
	}

	/** The rows as the CSV files have them (text values, empty as null), in key and date order. */
	List<Map<String, String>> rows(ReferenceTable table) {
		Map<String, Integer> types = types(table);
		String order = String.join(", ", table.keys()) + (table.versioned() ? ", valid_from" : "");
		return jdbc.sql("select " + String.join(", ", table.columns()) + " from " + table.table() + " order by " + order)
			.query((rs, n) -> {
				Map<String, String> row = new LinkedHashMap<>();
				for (String column : table.columns()) {
					Object value = rs.getObject(column);
					row.put(column, text(value, types.get(column)));
				}
				return row;
			})
			.list();
	}

	List<Map<String, Object>> versions(ReferenceTable table, Map<String, Object> row) {
		String where = table.versionKeys().isEmpty() ? ""
				: " where " + table.versionKeys().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
		List<Object> params = table.versionKeys().stream().map(row::get).toList();
		return jdbc.sql("select " + String.join(", ", table.columns()) + " from " + table.table() + where
				+ " order by valid_from")
			.params(params)
			.query((rs, n) -> {
				Map<String, Object> v = new LinkedHashMap<>();
				for (String column : table.columns()) {
					Object value = rs.getObject(column);
					v.put(column, value instanceof java.sql.Date d ? d.toLocalDate() : value);
				}
				return v;
			})
			.list();
	}

	void close(ReferenceTable table, Map<String, Object> version, LocalDate lastDay) {
		List<String> key = new ArrayList<>(table.keys());
		key.add("valid_from");
		List<Object> params = new ArrayList<>();
		params.add(lastDay);
		key.forEach(k -> params.add(version.get(k)));
		jdbc.sql("update " + table.table() + " set valid_to = ? where "
				+ key.stream().map(k -> k + " = ?").collect(Collectors.joining(" and ")))
			.params(params)
			.update();
	}

	Map<String, String> find(ReferenceTable table, Map<String, Object> row) {
		return rows(table).stream()
			.filter(r -> table.keys().stream().allMatch(k -> Objects.equals(r.get(k), Objects.toString(row.get(k), null))))
			.findFirst()
			.orElse(null);
	}

	void insert(ReferenceTable table, Map<String, Object> row) {
		List<String> columns = new ArrayList<>(row.keySet());
		try {
			jdbc.sql("insert into " + table.table() + " (" + String.join(", ", columns) + ") values ("
					+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")
				.params(columns.stream().map(row::get).toList())
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidValueException(table.keys().get(0), "error.reference.row-refused", key(table, row));
		}
	}

	void update(ReferenceTable table, Map<String, Object> row) {
		List<Object> params = new ArrayList<>();
		table.valueColumns().forEach(c -> params.add(row.get(c)));
		table.keys().forEach(k -> params.add(row.get(k)));
		try {
			jdbc.sql("update " + table.table() + " set "
					+ table.valueColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where "
					+ table.keys().stream().map(k -> k + " = ?").collect(Collectors.joining(" and ")))
				.params(params)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidValueException(table.valueColumns().get(0), "error.reference.value-missing", key(table, row));
		}
	}

	Map<String, Integer> types(ReferenceTable table) {
		return csv.columnTypes(table.table());
	}

	static Object value(String column, String text, Integer sqlType) {
		if (text == null) {
			return null;
		}
		try {
			return switch (sqlType) {
				case Types.DATE -> LocalDate.parse(text);
				case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(text);
				case Types.BIGINT -> Long.valueOf(text);
				case Types.BOOLEAN, Types.BIT -> switch (text.toLowerCase(Locale.ROOT)) {
					case "true" -> Boolean.TRUE;
					case "false" -> Boolean.FALSE;
					default -> throw new IllegalArgumentException(text);
				};
				case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(text);
				default -> text;
			};
		}
		catch (RuntimeException ex) {
			throw new InvalidValueException(column, switch (sqlType) {
				case Types.DATE -> "error.reference.not-a-date";
				case Types.BOOLEAN, Types.BIT -> "error.reference.not-a-boolean";
				default -> "error.reference.not-a-number";
			}, text);
		}
	}

	static String text(Object value, Integer sqlType) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.sql.Date d) {
			return d.toLocalDate().toString();
		}
		if (value instanceof BigDecimal b) {
			return b.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	static Map<String, String> textRow(ReferenceTable table, Map<String, Object> row) {
		Map<String, String> out = new LinkedHashMap<>();
		table.columns().forEach(c -> out.put(c, row.get(c) == null ? null : row.get(c).toString()));
		return out;
	}

	static String key(ReferenceTable table, Map<String, ?> row) {
		return table.keys().stream().map(k -> String.valueOf(row.get(k))).collect(Collectors.joining("/"));
	}

}
