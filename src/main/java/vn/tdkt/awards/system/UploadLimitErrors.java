package vn.tdkt.awards.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused while the request is parsed, before any controller is chosen, so only a global
 * handler sees it: a 413 problem for the API, a 413 page for our pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitErrors {

	private final long limitMb;

	UploadLimitErrors(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
		this.limitMb = limit.toMegabytes();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String detail = "Tệp lớn hơn giới hạn tải lên %d MB".formatted(limitMb);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
			problem.setTitle("Tệp quá lớn");
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
