package vn.tdkt.awards.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What an all-or-nothing import did: how many records it imported, or (then nothing) every rejected row with what is
 * wrong in which column.
 */
public record ImportReport(int imported, List<Rejected> rejected) {

	/** What is wrong in one column of a row. */
	public record Problem(String field, String message) {
	}

	/** A rejected row, numbered as spreadsheet programs show it (the header is row 1). */
	public record Rejected(int row, List<Problem> errors) {
	}

	public static ImportReport done(int imported) {
		return new ImportReport(imported, List.of());
	}

	public static ImportReport refused(List<Rejected> rejected) {
		return new ImportReport(0, rejected);
	}

	public boolean ok() {
		return rejected.isEmpty();
	}

	/**
	 * All rejected rows as one 400 problem: {@code errors[]} has the row, the column and what is wrong; told in the
	 * current request's language.
	 */
	public ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				UserTexts.text("error.system.import-rejected", rejected.size()));
		problem.setTitle(UserTexts.text("problem.title.invalid"));
		problem.setType(URI.create("urn:problem:invalid-field"));
		List<Map<String, Object>> errors = rejected.stream()
			.flatMap(r -> r.errors().stream().map(e -> Map.<String, Object>of("row", r.row(), "field", e.field(),
					"message", UserTexts.text("error.system.import-row", r.row(), e.field(), e.message()))))
			.toList();
		problem.setProperty("field", errors.get(0).get("field"));
		problem.setProperty("errors", errors);
		return problem;
	}

}
