package vn.tdkt.awards.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tdkt.awards.identity.LoginThrottle.Hold;
import vn.tdkt.awards.identity.LoginThrottle.Way;
import vn.tdkt.awards.system.AppClock;

/**
 * In front of every way a password is checked (our login form, Tasklist's login, HTTP Basic on /api, /engine-rest and
 * the actuator): a held account or address is answered before its password is tried, saying for how long; the
 * outcome of every other attempt is handed to {@link LoginThrottle}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final Pattern TASKLIST_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final LoginThrottle throttle;

	private final AppClock clock;

	LoginThrottleFilter(LoginThrottle throttle, AppClock clock) {
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Attempt attempt = attempt(request);
		if (attempt == null) {
			chain.doFilter(request, response);
			return;
		}
		Way way = attempt.way();
		String user = attempt.user();
		user = user == null || user.isBlank() ? null : user.trim();
		String address = request.getRemoteAddr();
		var hold = throttle.hold(user, address);
		if (hold.isPresent()) {
			throttle.held(user, address, way, hold.get());
			answerHeld(request, response, way, user, hold.get());
			return;
		}
		Outcome outcome = new Outcome(response);
		chain.doFilter(request, outcome);
		boolean failed = switch (way) {
			case PAGES -> outcome.location != null && outcome.location.contains("error");
			default -> outcome.status == HttpServletResponse.SC_UNAUTHORIZED;
		};
		if (failed) {
			throttle.failed(user, address, way);
		}
		else if (user != null && outcome.status < 500) {
			throttle.succeeded(user, address, way, way == Way.PAGES || way == Way.TASKLIST);
		}
	}

	/** A login attempt: which way in, and the user named (null when none is). */
	private record Attempt(Way way, String user) {
	}

	/** The login this request attempts: a login form's post, or Basic credentials; null for any other request. */
	private static Attempt attempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
			return new Attempt(Way.PAGES, request.getParameter("username"));
		}
		if ("POST".equals(request.getMethod()) && TASKLIST_LOGIN.matcher(path).matches()) {
			return new Attempt(Way.TASKLIST, request.getParameter("username"));
		}
		String basic = basicUser(request.getHeader("Authorization"));
		if (basic == null) {
			return null;
		}
		return new Attempt(path.startsWith("/engine-rest") ? Way.ENGINE_REST
				: path.startsWith("/actuator") ? Way.ACTUATOR : Way.API, basic);
	}

	private void answerHeld(HttpServletRequest request, HttpServletResponse response, Way way, String user, Hold hold)
			throws IOException {
		long seconds = hold.seconds(clock.localNow());
		if (way == Way.PAGES) {
			response.sendRedirect(request.getContextPath() + "/login?held=" + seconds + (hold.account() ? "" : "&address"));
			return;
		}
		String message = message(request, way, user, hold, seconds);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		if (!hold.byAdmin()) {
			response.setHeader("Retry-After", Long.toString(seconds));
		}
		response.setContentType(way == Way.TASKLIST || way == Way.ENGINE_REST ? MediaType.APPLICATION_JSON_VALUE
				: MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		if (way == Way.TASKLIST || way == Way.ENGINE_REST) {
			body.put("type", "LoginHeldException");
			body.put("message", message);
		}
		else {
			body.put("type", "about:blank");
			body.put("title", "Unauthorized");
			body.put("status", 401);
			body.put("detail", message);
			body.put("instance", request.getRequestURI());
		}
		body.put("retryAfterSeconds", hold.byAdmin() ? null : seconds);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

	/**
	 * Why the login waits: in the language the /api client asks for; in Vietnamese, then English, for Tasklist and
	 * engine-rest ({@link GuardTexts}).
	 */
	static String message(HttpServletRequest request, Way way, String user, Hold hold, long seconds) {
		String key = hold.byAdmin() ? "error.identity.login-locked"
				: hold.account() ? "error.identity.login-held" : "error.identity.login-held-address";
		Object[] args = hold.byAdmin() ? new Object[] { user }
				: hold.account() ? new Object[] { user, seconds } : new Object[] { seconds };
		return way == Way.TASKLIST || way == Way.ENGINE_REST ? GuardTexts.both(key, args)
				: GuardTexts.forClient(request, key, args);
	}

	static String basicUser(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** What the rest of the chain answered: its status and, for a redirect, where to. */
	static final class Outcome extends HttpServletResponseWrapper {

		int status = HttpServletResponse.SC_OK;

		String location;

		Outcome(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int sc) {
			status = sc;
			super.setStatus(sc);
		}

		@Override
		public void sendError(int sc) throws IOException {
			status = sc;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			status = sc;
			super.sendError(sc, msg);
		}

		@Override
		public void sendRedirect(String target) throws IOException {
			status = HttpServletResponse.SC_FOUND;
			location = target;
			super.sendRedirect(target);
		}

		@Override
		public void setHeader(String name, String value) {
			if ("Location".equalsIgnoreCase(name)) {
				location = value;
			}
			super.setHeader(name, value);
		}

	}

}
