package vn.tdkt.awards.nomination;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.award.SubjectType;
import vn.tdkt.awards.document.ContentSniffer;
import vn.tdkt.awards.nomination.SubmitDossier.NewNominee;

/**
 * The nominee list as an Excel workbook: a template to download (with a drop-down for the subject type) and its
 * import, row by row; a bad row is reported with its number and nothing is imported.
 */
@Component
public class NomineeExcel {

	static final String[] HEADERS = { "Đối tượng (Cá nhân / Tập thể / Hộ gia đình)", "Họ tên / Tên tập thể",
			"Chức vụ", "Đơn vị công tác", "Tóm tắt thành tích" };

	static final String[] SUBJECT_LABELS = { "Cá nhân", "Tập thể", "Hộ gia đình" };

	static final int MAX_ROWS = DossierService.MAX_NOMINEES;

	public byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh sách đề nghị");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			Row row = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(HEADERS[i]);
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, i == 4 ? 60 * 256 : 28 * 256);
			}
			Row example = sheet.createRow(1);
			example.createCell(0).setCellValue("Cá nhân");
			example.createCell(1).setCellValue("Nguyễn Văn A");
			example.createCell(2).setCellValue("Chủ tịch Hội Nông dân xã");
			example.createCell(3).setCellValue("UBND xã Giao Phong");
			example.createCell(4).setCellValue("Tiêu biểu trong phong trào xây dựng nông thôn mới");
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

	/** The nominees of the first sheet (header row skipped, empty rows ignored). */
	public List<NewNominee> read(InputStream in) {
		List<NewNominee> nominees = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		byte[] content;
		try {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = ContentSniffer.detect(content).orElse("");
		if (ContentSniffer.OFFICE_WITH_MACROS.equals(type)) {
			throw new InvalidDossierException("file", ContentSniffer.MACROS_REFUSED.formatted("đã chọn"));
		}
		if (!ContentSniffer.XLSX.equals(type)) {
			throw new InvalidDossierException("file", "Tệp không phải bảng tính Excel (.xlsx) đọc được");
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[HEADERS.length];
				boolean empty = true;
				for (int c = 0; c < cells.length; c++) {
					Cell cell = row.getCell(c);
					cells[c] = cell == null ? "" : formatter.formatCellValue(cell).trim();
					empty &= cells[c].isEmpty();
				}
				if (empty) {
					continue;
				}
				SubjectType subject = subject(cells[0]);
				if (subject == null) {
					problems.add("Dòng %d: đối tượng '%s' không phải Cá nhân, Tập thể hoặc Hộ gia đình".formatted(r + 1, cells[0]));
				}
				if (cells[1].isEmpty()) {
					problems.add("Dòng %d: thiếu họ tên / tên tập thể".formatted(r + 1));
				}
				nominees.add(new NewNominee(subject, cells[1], cells[2], cells[3], cells[4]));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidDossierException invalid) {
				throw invalid;
			}
			throw new InvalidDossierException("file", "Tệp không phải bảng tính Excel (.xlsx) đọc được");
		}
		if (nominees.size() > MAX_ROWS) {
			problems.add("Tối đa %d người trong một hồ sơ".formatted(MAX_ROWS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDossierException("file", String.join("; ", problems));
		}
		if (nominees.isEmpty()) {
			throw new InvalidDossierException("file", "Tệp không có dòng nào (dòng 1 là tiêu đề)");
		}
		return nominees;
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
