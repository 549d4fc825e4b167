package vn.tdkt.awards.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file read as a stream of rows (POI's event API): the sheet's XML is parsed row by row and
 * no workbook is built, so a large file costs its rows, not a model of every cell. Cells as offices type them: a date
 * cell reads as {@code 2022-12-20} whatever its display format, and a whole number as its digits (a 12-digit ID is not
 * {@code 1.23457E+11}).
 */
final class XlsxRows {

	private XlsxRows() {
	}

	/** Stops the parse once the cap is passed: the rest of the sheet is never read. */
	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	static List<Map<String, String>> read(byte[] content, int maxRows) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return rows;
			}
			Collector collector = new Collector(rows, maxRows);
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
					new ReadOnlySharedStringsTable(pkg), collector, new OfficeFormatter(), false));
			try (InputStream sheet = sheets.next()) {
				parser.parse(new InputSource(sheet));
			}
			return rows;
		}
		catch (TooManyRows ex) {
			throw TableFile.tooManyRows(maxRows);
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | org.xml.sax.SAXException
				| javax.xml.parsers.ParserConfigurationException | org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			throw new InvalidInputException("file", "error.system.xlsx-unreadable");
		}
	}

	/** Row 1 names the columns; every later row becomes column → text, empty rows left out. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Map<String, String>> rows;

		private final int maxRows;

		private final List<String> names = new ArrayList<>();

		private final Map<Integer, String> cells = new TreeMap<>();

		private boolean header = true;

		Collector(List<Map<String, String>> rows, int maxRows) {
			this.rows = rows;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			cells.put((int) new CellReference(reference).getCol(), value == null ? "" : value.trim());
		}

		@Override
		public void endRow(int rowNum) {
			if (header) {
				header = false;
				int width = cells.isEmpty() ? 0 : cells.keySet().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
				for (int c = 0; c < width; c++) {
					names.add(cells.getOrDefault(c, ""));
				}
				return;
			}
			Map<String, String> values = new LinkedHashMap<>();
			boolean empty = true;
			for (int c = 0; c < names.size(); c++) {
				String value = cells.getOrDefault(c, "");
				values.put(names.get(c), value);
				empty &= value.isEmpty();
			}
			if (empty) {
				return;
			}
			if (rows.size() == maxRows) {
				throw new TooManyRows();
			}
			rows.add(values);
		}

	}

	/** Dates as ISO dates and whole numbers as their digits; everything else as Excel shows it. */
	static final class OfficeFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15 && isGeneral(formatIndex, formatString)) {
				return new BigDecimal(value).toPlainString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

		private static boolean isGeneral(int formatIndex, String formatString) {
			// "@" is Text: a number typed before the column was made text keeps its digits there too
			return formatIndex == 0 || formatString == null || "General".equalsIgnoreCase(formatString)
					|| "0".equals(formatString) || "@".equals(formatString);
		}

	}

}
