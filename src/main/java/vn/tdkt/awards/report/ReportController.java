package vn.tdkt.awards.report;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.system.InvalidInputException;

/**
 * {@code /api/reports}: a movement over years, a province's year by org; JSON, or CSV or XLSX by the {@code Accept}
 * header or a {@code format} parameter ({@code json}, {@code csv}, {@code xlsx}).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private final ReportService reports;

	private final ReportExports exports;

	ReportController(ReportService reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	@Operation(summary = "A movement's report: awards by year, level and award type; JSON, CSV or XLSX (format or Accept)")
	@ApiResponse(responseCode = "200", description = "The report, as JSON or as a file", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = MovementReport.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/movements/{code}")
	ResponseEntity<?> movement(@PathVariable String code, @RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		String wanted = format(format, accept);
		MovementReport report = reports.movement(code, fromYear, toYear);
		return wanted.equals("json") ? ResponseEntity.ok(report) : exports.download(report, wanted);
	}

	@Operation(summary = "The yearly report of a province: awards by level and type, optionally with former orgs rolled up into their successors; JSON, CSV or XLSX")
	@ApiResponse(responseCode = "200", description = "The report, as JSON or as a file", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = YearReport.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/years/{year}")
	ResponseEntity<?> year(@PathVariable int year, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "false") boolean rollUp, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		String wanted = format(format, accept);
		YearReport report = reports.year(year, province, rollUp);
		return wanted.equals("json") ? ResponseEntity.ok(report) : exports.download(report, wanted);
	}

	/** The explicit parameter wins over the header; anything else than CSV or XLSX is JSON. */
	static String format(String format, String accept) {
		if (format != null) {
			String f = format.toLowerCase(Locale.ROOT);
			if (!f.equals("json") && !f.equals("csv") && !f.equals("xlsx")) {
				throw new InvalidInputException("format", "error.report.format-unsupported", format);
			}
			return f;
		}
		if (accept == null) {
			return "json";
		}
		return accept.contains(ReportExports.XLSX) ? "xlsx" : accept.contains(ReportExports.CSV) ? "csv" : "json";
	}

}
