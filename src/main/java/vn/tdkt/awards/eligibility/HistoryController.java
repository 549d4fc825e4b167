package vn.tdkt.awards.eligibility;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tdkt.awards.system.Downloads;
import vn.tdkt.awards.system.ImportReport;

/**
 * {@code POST /api/history/import} (administrators): people's ratings, initiatives, past awards, discipline and
 * complaints from CSV or XLSX, all rows or none (a 400 names every bad row and column); {@code GET
 * /api/history/import/template?format=xlsx|csv}.
 */
@RestController
@RequestMapping("/api/history/import")
class HistoryController {

	private final HistoryImport imports;

	HistoryController(HistoryImport imports) {
		this.imports = imports;
	}

	@PostMapping
	ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		ImportReport report = imports.importFile(file.getBytes());
		return report.ok() ? ResponseEntity.ok(Map.of("imported", report.imported()))
				: ResponseEntity.badRequest().body(report.problem());
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		return "csv".equalsIgnoreCase(format)
				? Downloads.file(imports.csvTemplate(), Downloads.CSV, "mau-lich-su-thi-dua.csv")
				: Downloads.file(imports.xlsxTemplate(), Downloads.XLSX, "mau-lich-su-thi-dua.xlsx");
	}

}
