package vn.tdkt.awards.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;


/**
 * Errors of {@code /api} as RFC 9457 problem details, titled in the request's language (Accept-Language; Vietnamese
 * unless English is asked for), naming the offending field: 400 for missing or
 * invalid fields and unknown references, 403, 404, 409 for what the dossier's state forbids, 413, 415.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	static final URI INVALID = URI.create("urn:problem:invalid-field");

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return invalid(ex.getLocalizedMessage(), List.of(Map.of("field", ex.field(), "message", ex.getLocalizedMessage())));
	}

	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail importRefused(ImportRefusedException ex) {
		ProblemDetail problem = ex.report().problem();
		problem.setTitle(text("problem.title.invalid"));
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getLocalizedMessage());
	}

	@ExceptionHandler(IdempotencyConflictException.class)
	ProblemDetail idempotencyConflict(IdempotencyConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency",
				ex.getLocalizedMessage());
		problem.setProperty("field", "Idempotency-Key");
		problem.setProperty("errors", List.of(Map.of("field", "Idempotency-Key", "message", ex.getLocalizedMessage())));
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.problemType(), ex.getLocalizedMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", ex.getLocalizedMessage());
	}

	@ExceptionHandler(FileTooLargeException.class)
	ProblemDetail tooLarge(FileTooLargeException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", ex.getLocalizedMessage());
	}

	@ExceptionHandler(UnsupportedContentException.class)
	ProblemDetail unsupported(UnsupportedContentException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported", ex.getLocalizedMessage());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraint(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", last(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList();
		return invalid(describe(errors), errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = text("problem.detail.type-mismatch", ex.getValue(), ex.getName());
		return invalid(message, List.of(Map.of("field", ex.getName(), "message", message)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors.add(Map.of("field", e.getObjectName(), "message", String.valueOf(e.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalid(describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(r -> r.getResolvableErrors()
				.forEach(e -> errors.add(Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
						"message", String.valueOf(e.getDefaultMessage())))));
		return ResponseEntity.badRequest().body(invalid(describe(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String message = text("problem.detail.unreadable");
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			field = mapping.getPath()
				.stream()
				.map(p -> p.getFieldName() != null ? "." + p.getFieldName() : "[" + p.getIndex() + "]")
				.collect(Collectors.joining())
				.substring(1);
			message = text("problem.detail.invalid-field", field);
		}
		return ResponseEntity.badRequest().body(invalid(message, List.of(Map.of("field", field, "message", message))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = text("problem.detail.missing-parameter", ex.getParameterName());
		return ResponseEntity.badRequest()
			.body(invalid(message, List.of(Map.of("field", ex.getParameterName(), "message", message))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = text("problem.detail.missing-part", ex.getRequestPartName());
		return ResponseEntity.badRequest()
			.body(invalid(message, List.of(Map.of("field", ex.getRequestPartName(), "message", message))));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", text("problem.detail.too-large")));
	}

	private ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", detail);
		problem.setType(INVALID);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A problem whose title is {@code problem.title.<kind>} in the request's language. */
	private ProblemDetail problem(HttpStatus status, String kind, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("problem.title." + kind));
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String describe(List<Map<String, String>> errors) {
		return errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
	}

	private static String last(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
