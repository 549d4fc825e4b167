package vn.tdkt.awards.eligibility;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	@Operation(summary = "Import past awards of people (history used by the eligibility checks) from CSV or XLSX: all rows or none (administrators)")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportRefusedException.Imported importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return ImportRefusedException.Imported.of(imports.importFile(file.getBytes()));
	}

	@Operation(summary = "The history import template, XLSX (default) or CSV")
	@ApiResponse(responseCode = "200", description = "The template to fill", content = {
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		return "csv".equalsIgnoreCase(format)
				? Downloads.file(HistoryFile.csvTemplate(), Downloads.CSV, "mau-lich-su-thi-dua.csv")
				: Downloads.file(HistoryFile.xlsxTemplate(), Downloads.XLSX, "mau-lich-su-thi-dua.xlsx");
	}

}
