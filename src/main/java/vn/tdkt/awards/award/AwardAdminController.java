package vn.tdkt.awards.award;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
		AwardImport.Result result = imports.importFile(file.getBytes());
		if (result.ok()) {
			return ResponseEntity.ok(Map.of("imported", result.imported()));
		}
		return ResponseEntity.badRequest().body(rejected(result));
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

	/** All rejected rows as one problem: {@code errors[]} has the row, the column and what is wrong. */
	static ProblemDetail rejected(AwardImport.Result result) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"%d dòng không hợp lệ; chưa nhập dòng nào. Sửa các dòng dưới đây rồi nhập lại cả tệp."
					.formatted(result.rejected().size()));
		problem.setTitle("Dữ liệu không hợp lệ");
		problem.setType(URI.create("urn:problem:invalid-field"));
		List<Map<String, Object>> errors = result.rejected()
			.stream()
			.flatMap(r -> r.errors().stream().map(e -> Map.<String, Object>of("row", r.row(), "field", e.field(),
					"message", "Dòng %d, cột %s: %s".formatted(r.row(), e.field(), e.message()))))
			.toList();
		problem.setProperty("field", errors.get(0).get("field"));
		problem.setProperty("errors", errors);
		return problem;
	}

}
