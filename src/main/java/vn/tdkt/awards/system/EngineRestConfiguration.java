package vn.tdkt.awards.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.review.ReviewInputException;

/**
 * engine-rest as the REST starter configures it, plus one exception mapper: the engine wraps whatever a task
 * listener throws into a ProcessEngineException (a 500), so a completion that breaks the reviewer contract would
 * look like a server fault. Found in the cause chain, it becomes a 400 naming the variable, in engine-rest's own
 * error shape ({@code type}, {@code message}), which Tasklist shows to the reviewer.
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private static final Logger LOG = LoggerFactory.getLogger(EngineRestConfiguration.class);

	@Override
	protected void registerAdditionalResources() {
		register(EngineErrors.class);
		register(RestErrors.class);
	}

	/** The engine's exception, as thrown by most resources. */
	@Priority(1)
	public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler defaults = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response input = reviewInput(exception);
			return input != null ? input : defaults.toResponse(exception);
		}

	}

	/** The engine's exception wrapped by a resource ("Cannot complete task ...", "Cannot submit task form ..."). */
	@Priority(1)
	public static class RestErrors implements ExceptionMapper<RestException> {

		private final RestExceptionHandler defaults = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response input = reviewInput(exception);
			return input != null ? input : defaults.toResponse(exception);
		}

	}

	static Response reviewInput(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof ReviewInputException input) {
				LOG.info("Completion refused (400): {}", input.getMessage());
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", ReviewInputException.class.getSimpleName());
				body.put("message", input.getMessage());
				body.put("variable", input.variable());
				body.put("code", null);
				return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
			}
		}
		return null;
	}

}
