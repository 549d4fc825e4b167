package vn.tdkt.awards.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * What browsers and clients may send, before anything else looks at a request:
 * <ul>
 * <li>failed logins slow down per account and address on every way in ({@link LoginThrottleFilter});</li>
 * <li>{@code /api}, {@code /engine-rest} and the actuator answer 401 without a Basic challenge, so a browser never
 * caches credentials for them, and refuse a write coming from another site's page (its {@code Origin} or
 * {@code Sec-Fetch-Site} says so): scripts and integrations, which send neither, keep working with HTTP Basic;</li>
 * <li>process models are not deployed through the engine's REST APIs unless an administrator enabled it
 * ({@code awards.security.deployment-api-enabled}): the application deploys bpmn/ itself;</li>
 * <li>the engine's metrics and job definitions are for administrators only.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

	private static final Logger LOG = LoggerFactory.getLogger(RequestGuards.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	static final Pattern DEPLOYMENT = Pattern.compile("^/(engine-rest|camunda/api/engine/engine/[^/]+)/deployment/(create|[^/]+/redeploy)$");

	static final Pattern ADMIN_ONLY = Pattern.compile("^/(engine-rest|camunda/api/engine/engine/[^/]+)/(metrics|job-definition)(/.*)?$");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> crossSiteGuard(AwardsProperties properties) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new CrossSite(properties.security().deploymentApiEnabled(), properties.security().allowedOrigins()));
		registration.setName("cross-site-guard");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> loginThrottleFilter(LoginThrottle throttle, AppClock clock) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(throttle, clock));
		registration.setName("login-throttle");
		registration.addUrlPatterns("/login", "/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/** After engine-rest's own authentication (order 0 in SecurityConfiguration), which names the user. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineAdminResources(ProcessEngine engine, Memberships memberships) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new AdminOnly(engine, memberships));
		registration.setName("engine-admin-resources");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(1);
		return registration;
	}

	static final class CrossSite extends OncePerRequestFilter {

		private final boolean deploymentEnabled;

		private final List<String> allowedOrigins;

		CrossSite(boolean deploymentEnabled, List<String> allowedOrigins) {
			this.deploymentEnabled = deploymentEnabled;
			this.allowedOrigins = allowedOrigins;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean webappApi = path.startsWith("/camunda/");
			if (!deploymentEnabled && "POST".equals(request.getMethod()) && DEPLOYMENT.matcher(path).matches()) {
				LOG.warn("Deployment through the REST API refused ({}): awards.security.deployment-api-enabled is off", path);
				refuse(response, GuardTexts.forClient(request, "error.identity.deployment-api-off"));
				return;
			}
			if (!webappApi && !safe(request.getMethod()) && fromAnotherSite(request)) {
				LOG.warn("Cross-site write refused: {} {} from origin {} (Sec-Fetch-Site {})", request.getMethod(), path,
						request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
				refuse(response, GuardTexts.forClient(request, "error.identity.cross-site"));
				return;
			}
			chain.doFilter(request, webappApi ? response : new NoBasicChallenge(response));
		}

		private boolean fromAnotherSite(HttpServletRequest request) {
			String site = request.getHeader("Sec-Fetch-Site");
			if (site != null && (site.equals("cross-site") || site.equals("same-site"))) {
				return true;
			}
			String origin = request.getHeader("Origin");
			if (origin == null) {
				return false;
			}
			return !origin.equalsIgnoreCase(ownOrigin(request)) && !allowedOrigins.contains(origin);
		}

	}

	/** The request's own origin, scheme://host[:port] (default ports omitted), as the browser would name it. */
	static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	static boolean safe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}

	static final class AdminOnly extends OncePerRequestFilter {

		private final ProcessEngine engine;

		private final Memberships memberships;

		AdminOnly(ProcessEngine engine, Memberships memberships) {
			this.engine = engine;
			this.memberships = memberships;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (ADMIN_ONLY.matcher(path).matches() && !memberships.isAdmin(user(request, path))) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", "AuthorizationException");
				body.put("message", GuardTexts.both("error.identity.admin-only-engine"));
				response.getOutputStream().write(JSON.writeValueAsBytes(body));
				return;
			}
			chain.doFilter(request, response);
		}

		private String user(HttpServletRequest request, String path) {
			if (path.startsWith("/engine-rest")) {
				var auth = engine.getIdentityService().getCurrentAuthentication();
				return auth == null ? null : auth.getUserId();
			}
			HttpSession session = request.getSession(false);
			if (session == null) {
				return null;
			}
			var auth = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
			return auth == null ? null : auth.getIdentityId();
		}

	}

	private static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "Forbidden");
		body.put("title", "Forbidden");
		body.put("status", 403);
		body.put("detail", message);
		body.put("message", message);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

	/** A 401 without {@code WWW-Authenticate}: no browser pops a login dialog or caches credentials for an API. */
	static final class NoBasicChallenge extends HttpServletResponseWrapper {

		NoBasicChallenge(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
				super.addHeader(name, value);
			}
		}

	}

}
