package vn.tdkt.awards.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;
import vn.tdkt.awards.system.ContentSniffer;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.TableFile;
import vn.tdkt.awards.system.UserTexts;

/**
 * The nominee list as an Excel workbook: a template to download (a drop-down for the subject type, the ID column as
 * text so that its leading zero stays, the birth date as a date) and its import, row by row; a bad row is reported with
 * its number and nothing is imported. Columns are found by their header (the template's, or one an office made
 * itself with the same words), else by the first template's order. The template's example row, its name starting
 * with "(Ví dụ)", is never imported. Read as a stream with the other imports' reader: dates whatever their display
 * format, numbers as their digits; an 11-digit ID is one Excel stripped of its leading zero (CCCD numbers begin with
 * the province's code, 001–096), and gets it back.
 */
@Component
public class NomineeExcel {

	static final String[] HEADERS = { "Đối tượng (Cá nhân / Tập thể / Hộ gia đình)", "Họ tên / Tên tập thể",
			"Chức vụ", "Đơn vị công tác", "Số định danh cá nhân (CCCD, 12 chữ số)", "Ngày sinh (ngày/tháng/năm)",
			"Tóm tắt thành tích", "Giới tính (Nam / Nữ; cá nhân)" };

	/** The template's example row: its name starts with this and it is never imported. */
	static final String EXAMPLE_MARK = "(Ví dụ)";

	static final String[] SUBJECT_LABELS = { "Cá nhân", "Tập thể", "Hộ gia đình" };

	static final int MAX_ROWS = DossierService.MAX_NOMINEES;

	private enum Column {
		SUBJECT("doituong"), NAME("hoten", "tentapthe", "ten"), POSITION("chucvu"), ORG("donvi", "noicongtac"),
		ID("dinhdanh", "cccd", "cancuoc", "cmnd"), BIRTH("ngaysinh"), ACHIEVEMENTS("thanhtich"), GENDER("gioitinh");

		private final String[] words;

		Column(String... words) {
			this.words = words;
		}

		static Column of(String header) {
			String key = fold(header);
			for (Column column : values()) {
				for (String word : column.words) {
					if (key.startsWith(word) || key.contains(word) && column != NAME) {
						return column;
					}
				}
			}
			return null;
		}

	}

	/** The first template's columns, for sheets whose header names none: subject, name, position, org, achievements. */
	private static final Column[] FIRST_LAYOUT = { Column.SUBJECT, Column.NAME, Column.POSITION, Column.ORG,
			Column.ACHIEVEMENTS };

	public byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh sách đề nghị");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Font grey = workbook.createFont();
			grey.setItalic(true);
			grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			CellStyle example = workbook.createCellStyle();
			example.setFont(grey);
			Row row = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(HEADERS[i]);
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, i == 6 ? 60 * 256 : 26 * 256);
			}
			sheet.setDefaultColumnStyle(4, text);
			sheet.setDefaultColumnStyle(5, date);
			Row sample = sheet.createRow(1);
			String[] values = { "Cá nhân", EXAMPLE_MARK + " Nguyễn Văn A – xóa dòng này", "Chủ tịch Hội Nông dân xã",
					"UBND xã Giao Ninh", "036080001234", null, "Tiêu biểu trong phong trào xây dựng nông thôn mới", "Nam" };
			for (int i = 0; i < values.length; i++) {
				Cell cell = sample.createCell(i);
				if (values[i] != null) {
					cell.setCellValue(values[i]);
				}
				cell.setCellStyle(example);
			}
			sample.getCell(5).setCellValue(java.time.LocalDate.of(1980, 6, 15));
			CellStyle exampleDate = workbook.createCellStyle();
			exampleDate.cloneStyleFrom(date);
			exampleDate.setFont(grey);
			sample.getCell(5).setCellStyle(exampleDate);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			var validation = helper.createValidation(helper.createExplicitListConstraint(SUBJECT_LABELS),
					new CellRangeAddressList(1, MAX_ROWS, 0, 0));
			validation.setShowErrorBox(true);
			sheet.addValidationData(validation);
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The nominees of the first sheet (header row and the example row skipped, empty rows ignored). */
	public List<NewNominee> read(InputStream in) {
		byte[] content;
		try {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = ContentSniffer.detect(content).orElse("");
		if (ContentSniffer.OFFICE_WITH_MACROS.equals(type)) {
			throw new InvalidDossierException("file", ContentSniffer.MACROS_REFUSED);
		}
		if (!ContentSniffer.XLSX.equals(type)) {
			throw new InvalidDossierException("file", "error.nomination.excel-not-xlsx");
		}
		List<Map<String, String>> rows;
		try {
			rows = TableFile.read(content, MAX_ROWS + 1);
		}
		catch (InvalidInputException ex) {
			// the reader's row limit is the dossier's nominee limit
			if ("error.system.too-many-rows".equals(ex.key())) {
				throw new InvalidDossierException("file", "error.nomination.excel-too-many", MAX_ROWS);
			}
			throw new InvalidDossierException("file", ex.key(), ex.args());
		}
		List<NewNominee> nominees = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			Map<Column, String> cells = columns(rows.get(r));
			int line = r + 2;
			String name = cells.getOrDefault(Column.NAME, "");
			if (fold(name).startsWith(fold(EXAMPLE_MARK))) {
				continue;
			}
			SubjectType subject = subject(cells.getOrDefault(Column.SUBJECT, ""));
			if (subject == null) {
				problems.add(UserTexts.text("error.nomination.excel-bad-subject", line,
						cells.getOrDefault(Column.SUBJECT, "")));
			}
			if (name.isEmpty()) {
				problems.add(UserTexts.text("error.nomination.excel-name-missing", line));
			}
			String id = idNumber(cells.getOrDefault(Column.ID, ""), line, problems);
			java.time.LocalDate birth = birthDate(cells.getOrDefault(Column.BIRTH, ""), line, problems);
			String genderText = cells.getOrDefault(Column.GENDER, "");
			Gender gender = Gender.parse(genderText);
			if (gender == null && !genderText.isBlank()) {
				problems.add(UserTexts.text("error.nomination.excel-bad-gender", line, genderText));
			}
			nominees.add(new NewNominee(subject, name, blankToNull(cells.get(Column.POSITION)),
					blankToNull(cells.get(Column.ORG)), blankToNull(cells.get(Column.ACHIEVEMENTS)), id, birth,
					subject == SubjectType.CA_NHAN ? gender : null));
		}
		if (nominees.size() > MAX_ROWS) {
			problems.add(UserTexts.text("error.nomination.excel-too-many", MAX_ROWS));
		}
		if (!problems.isEmpty()) {
			// each problem is told in the request's language as it is found
			throw new InvalidDossierException("file", "error.nomination.excel-rows", String.join("; ", problems));
		}
		if (nominees.isEmpty()) {
			throw new InvalidDossierException("file", "error.nomination.excel-empty");
		}
		return nominees;
	}

	/** A row's cells by column: by header where the header names the columns, else in the first template's order. */
	private static Map<Column, String> columns(Map<String, String> row) {
		Map<Column, String> cells = new EnumMap<>(Column.class);
		List<String> headers = new ArrayList<>(row.keySet());
		long named = headers.stream().map(Column::of).filter(java.util.Objects::nonNull).distinct().count();
		for (int c = 0; c < headers.size(); c++) {
			Column column = named >= 2 ? Column.of(headers.get(c)) : c < FIRST_LAYOUT.length ? FIRST_LAYOUT[c] : null;
			if (column != null && !cells.containsKey(column)) {
				cells.put(column, row.get(headers.get(c)));
			}
		}
		return cells;
	}

	/** 12 digits (CCCD) or 9 (CMND); one digit short is a leading zero Excel dropped from a number, put back. */
	static String idNumber(String text, int line, List<String> problems) {
		String digits = text.replaceAll("[\\s.]", "");
		if (digits.isEmpty()) {
			return null;
		}
		if (digits.matches("\\d{11}|\\d{8}")) {
			digits = "0" + digits;
		}
		if (!digits.matches("\\d{12}|\\d{9}")) {
			problems.add(UserTexts.text("error.nomination.excel-id-number", line, text));
			return null;
		}
		return digits;
	}

	static java.time.LocalDate birthDate(String text, int line, List<String> problems) {
		if (text.isBlank()) {
			return null;
		}
		var date = TableFile.date(text);
		if (date.isEmpty()) {
			problems.add(UserTexts.text("error.nomination.excel-birth-date", line, text));
			return null;
		}
		return date.get();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static SubjectType subject(String text) {
		String key = fold(text);
		for (SubjectType type : SubjectType.values()) {
			if (key.equals(fold(type.name())) || key.equals(fold(type.label()))) {
				return type;
			}
		}
		return null;
	}

	/** Lower case without diacritics or separators: "Cá nhân", "ca nhan", "CA_NHAN" all fold to "canhan". */
	static String fold(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}
