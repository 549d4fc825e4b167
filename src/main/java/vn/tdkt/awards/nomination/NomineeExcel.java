package vn.tdkt.awards.nomination;

import static vn.tdkt.awards.nomination.NomineeCells.birthDate;
import static vn.tdkt.awards.nomination.NomineeCells.blankToNull;
import static vn.tdkt.awards.nomination.NomineeCells.columns;
import static vn.tdkt.awards.nomination.NomineeCells.fold;
import static vn.tdkt.awards.nomination.NomineeCells.idNumber;
import static vn.tdkt.awards.nomination.NomineeCells.subject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import vn.tdkt.awards.nomination.NomineeCells.Column;
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



	/** The template offices fill in: the header, a greyed example row to delete, the subject as a list. */
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
			Row row = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(HEADERS[i]);
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, i == 6 ? 60 * 256 : 26 * 256);
			}
			sheet.setDefaultColumnStyle(4, text);
			sheet.setDefaultColumnStyle(5, date);
			example(workbook, sheet, date);
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

	/** The example row, in grey italics, marked so that an import skips it if it is left in. */
	private static void example(XSSFWorkbook workbook, Sheet sheet, CellStyle date) {
		Font grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		CellStyle example = workbook.createCellStyle();
		example.setFont(grey);
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
	}

	/** The nominees of the first sheet (header row and the example row skipped, empty rows ignored). */
	public List<NewNominee> read(InputStream in) {
		List<NewNominee> nominees = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Map<String, String>> rows = rows(in);
		for (int r = 0; r < rows.size(); r++) {
			Map<Column, String> cells = columns(rows.get(r));
			if (!fold(cells.getOrDefault(Column.NAME, "")).startsWith(fold(EXAMPLE_MARK))) {
				nominees.add(nominee(cells, r + 2, problems));
			}
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

	/** The rows of an XLSX file, told by its content (a macro-enabled or another file is refused). */
	private static List<Map<String, String>> rows(InputStream in) {
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
		try {
			return TableFile.read(content, MAX_ROWS + 1);
		}
		catch (InvalidInputException ex) {
			// the reader's row limit is the dossier's nominee limit
			if ("error.system.too-many-rows".equals(ex.key())) {
				throw new InvalidDossierException("file", "error.nomination.excel-too-many", MAX_ROWS);
			}
			throw new InvalidDossierException("file", ex.key(), ex.args());
		}
	}

	/** One row's nominee; what is wrong with it is added to {@code problems}, naming the line. */
	private static NewNominee nominee(Map<Column, String> cells, int line, List<String> problems) {
		String name = cells.getOrDefault(Column.NAME, "");
		SubjectType subject = subject(cells.getOrDefault(Column.SUBJECT, ""));
		if (subject == null) {
			problems.add(UserTexts.text("error.nomination.excel-bad-subject", line, cells.getOrDefault(Column.SUBJECT, "")));
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
		return new NewNominee(subject, name, blankToNull(cells.get(Column.POSITION)), blankToNull(cells.get(Column.ORG)),
				blankToNull(cells.get(Column.ACHIEVEMENTS)), id, birth, subject == SubjectType.CA_NHAN ? gender : null);
	}

}
