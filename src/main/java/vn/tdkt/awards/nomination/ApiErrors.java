package vn.tdkt.awards.nomination;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Dossier errors as RFC 9457 problem details: 400 naming the field, 404, 409. */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(InvalidDossierException.class)
	ProblemDetail invalid(InvalidDossierException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Dữ liệu không hợp lệ");
		problem.setType(URI.create("urn:problem:invalid-field"));
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(DossierNotFoundException.class)
	ProblemDetail notFound(DossierNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Không tìm thấy");
		return problem;
	}

	@ExceptionHandler(DossierStateException.class)
	ProblemDetail conflict(DossierStateException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Trạng thái hồ sơ không cho phép");
		return problem;
	}

}
