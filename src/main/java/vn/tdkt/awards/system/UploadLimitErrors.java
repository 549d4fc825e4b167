package vn.tdkt.awards.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused while the request is parsed, before any controller is chosen, so only a global
 * handler sees it: a 413 problem for the API, a 413 page for our pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitErrors {

	private final long limitMb;

	private final MessageSource messages;

	UploadLimitErrors(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit, MessageSource messages) {
		this.limitMb = limit.toMegabytes();
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * An upload the container could not take apart (a control character in the file name, a malformed body): a 400
	 * naming the file, never a server error.
	 */
	@ExceptionHandler(MultipartException.class)
	Object unreadable(MultipartException ex, HttpServletRequest request) {
		boolean badName = false;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			badName |= cause.getClass().getSimpleName().equals("InvalidFileNameException");
		}
		String detail = text(badName ? "problem.detail.control-in-file-name" : "problem.detail.unreadable-multipart");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
			problem.setTitle(text("problem.title.invalid"));
			problem.setType(ApiErrors.INVALID);
			problem.setProperty("field", "file");
			problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "message", detail)));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/message");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("error", detail);
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String detail = text("problem.detail.upload-limit", limitMb);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
			problem.setTitle(text("problem.title.too-large"));
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView("error/message");
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("error", detail);
		return page;
	}

}
