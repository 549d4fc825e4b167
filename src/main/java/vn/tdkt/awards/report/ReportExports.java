package vn.tdkt.awards.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.UserTexts;

/**
 * Reports as files. CSV is UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly: the
 * header, the rows, an empty line, then the sentences and notes. XLSX has the rows on sheet "Số liệu" (under a title
 * line) and the sentences and notes on sheet "Tóm tắt". Titles, column titles and sheet names are in the language of
 * the request (Vietnamese by default); so are the summary sentences (in Vietnamese the provinces' reports' own wording).
 */
@Component
public class ReportExports {

	/** What the {@code Accept} header names. */
	public static final String CSV = "text/csv";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The keys of the column titles, told in the language of the request. */
	static final List<String> MOVEMENT_HEADERS = List.of("page.report.export.year", "page.report.export.award-type-code",
			"page.report.export.award-type", "page.report.export.authority", "page.report.export.collectives",
			"page.report.export.individuals", "page.report.export.households");

	static final List<String> YEAR_HEADERS = List.of("page.report.export.org-code", "page.report.export.org",
			"page.report.export.award-type-code", "page.report.export.award-type", "page.report.export.authority",
			"page.report.export.collectives", "page.report.export.individuals", "page.report.export.households");

	/** The columns of names (the award type's, the org's), wider than the others. */
	static final Set<String> WIDE = Set.of("page.report.export.award-type", "page.report.export.org");

	/**
	 * A report as a table: a title, a header, rows of text and numbers, then lines of text; {@code wide}: the columns
	 * of names.
	 */
	record Table(String title, List<String> headers, Set<Integer> wide, List<List<Object>> rows, List<String> text) {

		Table(String title, List<String> headerKeys, List<List<Object>> rows, List<String> text) {
			this(title, headerKeys.stream().map(key -> UserTexts.text(key)).toList(), wideOf(headerKeys), rows, text);
		}

		private static Set<Integer> wideOf(List<String> headerKeys) {
			Set<Integer> wide = new HashSet<>();
			for (int i = 0; i < headerKeys.size(); i++) {
				if (WIDE.contains(headerKeys.get(i))) {
					wide.add(i);
				}
			}
			return wide;
		}

	}

	/** The report as a download, {@code format} being "csv" or "xlsx". */
	ResponseEntity<byte[]> download(MovementReport report, String format) {
		return download(table(report), ReportFiles.movement(report), format);
	}

	ResponseEntity<byte[]> download(YearReport report, String format) {
		return download(table(report), ReportFiles.year(report), format);
	}

	private ResponseEntity<byte[]> download(Table table, String file, String format) {
		return "xlsx".equals(format) ? Downloads.file(xlsx(table), Downloads.XLSX, file + ".xlsx")
				: Downloads.file(csv(table), Downloads.CSV, file + ".csv");
	}

	static Table table(MovementReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (MovementReport.Row row : report.rows()) {
			rows.add(List.of(row.year(), row.awardType(), row.award(), row.authorityName(), row.collectives(),
					row.individuals(), row.households()));
		}
		List<String> text = new ArrayList<>(report.summary());
		demoNote(report.demoAwards()).ifPresent(text::add);
		doubledNote(report.demoDoublesReal()).ifPresent(text::add);
		return new Table(UserTexts.text("page.report.export.movement-title", report.movementName(), report.fromYear(),
				report.toYear()), MOVEMENT_HEADERS, rows, text);
	}

	static Table table(YearReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (YearReport.Row row : report.rows()) {
			rows.add(List.of(row.org(), row.orgName(), row.awardType(), row.award(), row.authorityName(), row.collectives(),
					row.individuals(), row.households()));
		}
		List<String> text = new ArrayList<>();
		text.add(report.summary());
		demoNote(report.demoAwards()).ifPresent(text::add);
		doubledNote(report.demoDoublesReal()).ifPresent(text::add);
		return new Table(report.title(), YEAR_HEADERS, rows, text);
	}

	/** The warning of a report with illustrative awards, in the language of the request. */
	static Optional<String> demoNote(long demoAwards) {
		return demoAwards == 0 ? Optional.empty() : Optional.of(UserTexts.text("page.report.demo-note", demoAwards));
	}

	/** The warning of a report where demo and real awards of the same year and type are added up. */
	static Optional<String> doubledNote(boolean doubled) {
		return doubled ? Optional.of(UserTexts.text("page.report.demo-doubles")) : Optional.empty();
	}

	byte[] csv(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.DEFAULT.builder().setHeader(table.headers().toArray(String[]::new)).get())) {
				for (List<Object> row : table.rows()) {
					csv.printRecord(row);
				}
				csv.println();
				for (String line : table.text()) {
					csv.printRecord(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] xlsx(Table table) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			Sheet data = book.createSheet(UserTexts.text("page.report.export.sheet-data"));
			Row title = data.createRow(0);
			title.createCell(0).setCellValue(table.title());
			title.getCell(0).setCellStyle(header);
			Row head = data.createRow(1);
			for (int i = 0; i < table.headers().size(); i++) {
				head.createCell(i).setCellValue(table.headers().get(i));
				head.getCell(i).setCellStyle(header);
				data.setColumnWidth(i, table.wide().contains(i) ? 50 * 256 : 18 * 256);
			}
			int r = 2;
			for (List<Object> values : table.rows()) {
				Row line = data.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) instanceof Number n) {
						line.createCell(c).setCellValue(n.doubleValue());
					}
					else {
						line.createCell(c).setCellValue(String.valueOf(values.get(c)));
					}
				}
			}
			Sheet summary = book.createSheet(UserTexts.text("page.report.export.sheet-summary"));
			for (int i = 0; i < table.text().size(); i++) {
				summary.createRow(i).createCell(0).setCellValue(table.text().get(i));
			}
			summary.setColumnWidth(0, 150 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
