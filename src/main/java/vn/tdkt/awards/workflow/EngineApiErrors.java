package vn.tdkt.awards.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.tdkt.awards.identity.PasswordRules;
import vn.tdkt.awards.system.ApiLocale;
import vn.tdkt.awards.system.SafeMessages;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Errors of the engine's REST APIs, both of them: {@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine} that Tasklist posts to (a separate JAX-RS application we do not configure).
 * <ul>
 * <li>A task listener's refusal ({@link TaskRefusal}: a completion outside the reviewer contract, a claim by somebody
 * outside the hop's group) reaches the engine's REST layer wrapped in a server error; it is answered with its own
 * status, 400 or 403, in engine-rest's error shape plus the variable: {@code {"type":"ReviewInputException",
 * "message":…,"variable":…}}. Tasklist shows the message.</li>
 * <li>No server error's body carries SQL, a stack trace or a qualified class name: such a message is replaced by a
 * reference that the log holds with the original.</li>
 * </ul>
 * Writes are buffered (their answers are small); reads stream as they are.
 */
@Configuration(proxyBeanMethods = false)
public class EngineApiErrors {

	private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrors.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineApiErrorFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setName("engine-api-errors");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
					|| "OPTIONS".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			try (TaskRefusals.Scope scope = TaskRefusals.open()) {
				chain.doFilter(request, buffered);
				var refusal = TaskRefusals.current();
				if (refusal.isPresent()) {
					refuse(buffered, refusal.get(), language(request));
				}
				else if (buffered.getStatus() >= 500) {
					if (!passwordPolicy(buffered, language(request))) {
						sanitize(buffered, request, language(request));
					}
				}
			}
			buffered.copyBodyToResponse();
		}

	}

	/**
	 * The language of a refusal: /engine-rest answers in the one its client asks for (Accept-Language, Vietnamese by
	 * default); Tasklist in the one our pages use (the {@code lang} cookie, Vietnamese by default) — a Vietnamese
	 * reviewer's browser often asks for English.
	 */
	static Locale language(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
			return ApiLocale.of(request);
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("lang".equals(cookie.getName()) && cookie.getValue() != null
						&& cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		return WebConfiguration.VIETNAMESE;
	}

	static void refuse(ContentCachingResponseWrapper response, TaskRefusal refusal, Locale language)
			throws IOException {
		LOG.info("Task action refused ({}): {}", refusal.status(), refusal.getMessage());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", refusal.type());
		body.put("message", refusal.text(language));
		body.put("variable", refusal.variable());
		body.put("code", null);
		write(response, refusal.status(), JSON.writeValueAsBytes(body));
	}

	/** The engine's "Password does not match policy" (a 500), answered as the 400 it is, saying what the policy asks. */
	static boolean passwordPolicy(ContentCachingResponseWrapper response, Locale language) throws IOException {
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		if (!body.contains(PASSWORD_POLICY)) {
			return false;
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("type", "PasswordPolicyException");
		answer.put("message", UserTexts.text(language, "error.engine.password-policy", PasswordRules.describe(language)));
		answer.put("code", null);
		write(response, 400, JSON.writeValueAsBytes(answer));
		return true;
	}

	static final String PASSWORD_POLICY = "Password does not match policy";

	static void sanitize(ContentCachingResponseWrapper response, HttpServletRequest request, Locale language)
			throws IOException {
		byte[] content = response.getContentAsByteArray();
		JsonNode body;
		try {
			body = JSON.readTree(content);
		}
		catch (IOException ex) {
			body = null;
		}
		String message = body != null && body.hasNonNull("message") ? body.get("message").asText()
				: new String(content, StandardCharsets.UTF_8);
		if (!SafeMessages.leaks(message)) {
			return;
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		LOG.warn("Server error {} on {} {} (answered without details): {}", reference, request.getMethod(),
				request.getRequestURI(), message);
		ObjectNode safe = body instanceof ObjectNode object ? object : JSON.createObjectNode();
		safe.put("message", SafeMessages.safe(message, reference, language));
		if (!safe.has("type")) {
			safe.put("type", "ServerError");
		}
		write(response, response.getStatus(), JSON.writeValueAsBytes(safe));
	}

	private static void write(ContentCachingResponseWrapper response, int status, byte[] body) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(body);
	}

}
