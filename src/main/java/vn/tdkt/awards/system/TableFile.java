package vn.tdkt.awards.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;


/**
 * A table users fill in a spreadsheet program: read from CSV (UTF-8, with or without BOM) or XLSX (first sheet),
 * told apart by content, header in row 1; and the templates to fill, in both formats.
 */
public final class TableFile {

	private TableFile() {
	}

	/**
	 * The data rows as column → text (trimmed), empty rows left out; more than {@code maxRows} data rows refuse the
	 * file (read no further). Both formats are read as a stream: a workbook is never built in memory.
	 */
	public static List<Map<String, String>> read(byte[] content, int maxRows) {
		String type = ContentSniffer.detect(content).orElse("text/csv");
		if (ContentSniffer.OFFICE_WITH_MACROS.equals(type)) {
			throw new InvalidInputException("file", "error.system.macros-refused");
		}
		List<Map<String, String>> rows = ContentSniffer.XLSX.equals(type) ? XlsxRows.read(content, maxRows)
				: readCsv(type, content, maxRows);
		for (int r = 0; r < rows.size(); r++) {
			int line = r + 2;
			rows.get(r).replaceAll((column, value) -> cell(line, column, value));
		}
		return rows;
	}

	private static List<Map<String, String>> readCsv(String type, byte[] content, int maxRows) {
		if (!"text/csv".equals(type)) {
			throw new InvalidInputException("file", "error.system.table-file-type");
		}
		List<Map<String, String>> rows = new ArrayList<>();
		try (var reader = new InputStreamReader(new ByteArrayInputStream(stripBom(content)), StandardCharsets.UTF_8);
				var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
					.setIgnoreEmptyLines(true).get().parse(reader)) {
			for (CSVRecord record : csv) {
				if (rows.size() == maxRows) {
					throw tooManyRows(maxRows);
				}
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidInputException("file", "error.system.csv-unreadable", ex.getLocalizedMessage());
		}
		return rows;
	}

	static InvalidInputException tooManyRows(int maxRows) {
		// the limit as each language writes it (20.000, 20,000): the Vietnamese text takes {0}, the English {1}
		return new InvalidInputException("file", "error.system.too-many-rows",
				String.format(WebConfiguration.VIETNAMESE, "%,d", maxRows),
				String.format(java.util.Locale.ENGLISH, "%,d", maxRows));
	}

	/** Columns of {@code required} that the header lacks. */
	/** A cell's text as it enters: NFC, no invisible or control characters (Texts); "" when blank. */
	static String cell(int line, String column, String value) {
		try {
			String clean = Texts.lines(column, value, 4000);
			return clean == null ? "" : clean;
		}
		catch (InvalidInputException ex) {
			// the field names the cell (row and column), in the reader's language
			throw new InvalidInputException(UserTexts.text("label.system.cell", line, column), ex.key(), ex.args());
		}
	}

	public static List<String> missing(List<Map<String, String>> rows, List<String> required) {
		return rows.isEmpty() ? List.of() : required.stream().filter(c -> !rows.get(0).containsKey(c)).toList();
	}

	/** A date as offices type it: 2022-12-20, 20/12/2022 or 1/6/2022; a day the month does not have is no date. */
	public static Optional<LocalDate> date(String text) {
		String value = text == null ? "" : text.trim();
		for (String pattern : List.of("uuuu-MM-dd", "dd/MM/uuuu", "d/M/uuuu")) {
			try {
				return Optional.of(LocalDate.parse(value,
						DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT)));
			}
			catch (DateTimeParseException ex) {
				// next pattern
			}
		}
		return Optional.empty();
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public static byte[] csvTemplate(List<String> columns, List<List<String>> examples) {
		StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", columns)).append('\n');
		for (List<String> example : examples) {
			text.append(String.join(",", example.stream().map(TableFile::csvCell).toList())).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsxTemplate(String sheetName, List<String> columns, List<List<String>> examples) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i));
				sheet.setColumnWidth(i, 22 * 256);
			}
			for (int r = 0; r < examples.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < columns.size(); i++) {
					row.createCell(i).setCellValue(examples.get(r).get(i));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csvCell(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static byte[] stripBom(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			return Arrays.copyOfRange(content, 3, content.length);
		}
		return content;
	}

}
