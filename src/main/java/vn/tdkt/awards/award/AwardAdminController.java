package vn.tdkt.awards.award;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Administrators' side of the registry: {@code POST /api/awards/import} loads past awards (all rows or none; the
 * rejected rows come back as a 400 problem naming row and column), {@code GET /api/awards/import/template} gives the
 * file to fill, {@code POST|DELETE /api/awards/demo} loads or removes the illustrative data set.
 */
@RestController
@RequestMapping("/api/awards")
class AwardAdminController {

	private final AwardImport imports;

	private final DemoAwards demo;

	AwardAdminController(AwardImport imports, DemoAwards demo) {
		this.imports = imports;
		this.demo = demo;
	}

	@PostMapping("/import")
	ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file) throws IOException {
		ImportReport result = imports.importFile(file.getBytes());
		if (result.ok()) {
			return ResponseEntity.ok(Map.of("imported", result.imported()));
		}
		return ResponseEntity.badRequest().body(result.problem());
	}

	@GetMapping("/import/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		return "csv".equalsIgnoreCase(format)
				? Downloads.file(imports.csvTemplate(), Downloads.CSV, "mau-nhap-khen-thuong.csv")
				: Downloads.file(imports.xlsxTemplate(), Downloads.XLSX, "mau-nhap-khen-thuong.xlsx");
	}

	@GetMapping("/demo")
	DemoAwards.State demoState() {
		return demo.state();
	}

	@PostMapping("/demo")
	Map<String, Long> loadDemo() {
		return Map.of("loaded", demo.load());
	}

	@DeleteMapping("/demo")
	Map<String, Integer> removeDemo() {
		return Map.of("removed", demo.remove());
	}

}
