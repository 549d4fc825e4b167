package vn.tdkt.awards.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every log line of a request carries (fields of their own in JSON logs, {@link LogFormat}): {@code requestId}
 * (the caller's {@code X-Request-Id} when it is a plain token, else a new one; echoed in the response),
 * {@code dossierId} when the path names a dossier, and {@code user} once Spring Security has named one. Process steps
 * carry the engine's own context, the dossier being the business key ({@code logging-context-business-key}). With
 * {@code logging.level.vn.tdkt.awards.system.LogContext=DEBUG} every request also logs one access line.
 */
@Configuration(proxyBeanMethods = false)
class LogContext {

	private static final Logger LOG = LoggerFactory.getLogger(LogContext.class);

	static final String REQUEST_ID = "X-Request-Id";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Pattern DOSSIER = Pattern.compile("HS-\\d{4}-\\d{6}");

	/** First of all filters: the request's id and dossier, for the login throttle's and security's lines too. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> logContextFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String given = request.getHeader(REQUEST_ID);
				String requestId = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
				response.setHeader(REQUEST_ID, requestId);
				MDC.put("requestId", requestId);
				Matcher dossier = DOSSIER.matcher(request.getRequestURI());
				if (dossier.find()) {
					MDC.put("dossierId", dossier.group());
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove("requestId");
					MDC.remove("dossierId");
				}
			}

		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** After Spring Security and engine-rest's own authentication (order 0) have named the user. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> logUserFilter(IdentityService identity) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication user = SecurityContextHolder.getContext().getAuthentication();
				org.camunda.bpm.engine.impl.identity.Authentication engineUser = identity.getCurrentAuthentication();
				if (user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName())) {
					MDC.put("user", user.getName());
				}
				else if (engineUser != null && engineUser.getUserId() != null) {
					MDC.put("user", engineUser.getUserId());
				}
				long started = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (LOG.isDebugEnabled()) {
						LOG.debug("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
								(System.nanoTime() - started) / 1_000_000);
					}
					MDC.remove("user");
				}
			}

		});
		registration.setOrder(2);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
