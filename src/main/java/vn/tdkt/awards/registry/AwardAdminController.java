package vn.tdkt.awards.registry;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
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
import vn.tdkt.awards.system.ImportRefusedException;

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

	@Operation(summary = "Import past awards into the registry from CSV or XLSX: all rows or none (administrators)")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportRefusedException.Imported importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return ImportRefusedException.Imported.of(imports.importFile(file.getBytes()));
	}

	@Operation(summary = "The award import template, XLSX (default) or CSV")
	@ApiResponse(responseCode = "200", description = "The template to fill", content = {
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		return "csv".equalsIgnoreCase(format)
				? Downloads.file(imports.csvTemplate(), Downloads.CSV, "mau-nhap-khen-thuong.csv")
				: Downloads.file(imports.xlsxTemplate(), Downloads.XLSX, "mau-nhap-khen-thuong.xlsx");
	}

	@Operation(summary = "Whether the demo awards (the seed report's figures) are loaded (administrators)")
	@GetMapping("/demo")
	DemoAwards.State demoState() {
		return demo.state();
	}

	@Operation(summary = "Load the demo awards of the seed report (administrators)")
	@PostMapping("/demo")
	Map<String, Long> loadDemo() {
		return Map.of("loaded", demo.load());
	}

	@Operation(summary = "Remove the demo awards (administrators)")
	@DeleteMapping("/demo")
	Map<String, Integer> removeDemo() {
		return Map.of("removed", demo.remove());
	}

}
