package vn.tdkt.awards.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tdkt.awards.system.ApiLocale;


/**
 * Who may call what. One user store (Camunda's identity) for all of it:
 * <ul>
 * <li>{@code /engine-rest/**}: HTTP Basic by Camunda's own filter, which also sets the engine's current user so
 * its authorizations apply (the REST starter alone serves the API to anybody);</li>
 * <li>{@code /camunda/**}: the webapps keep their own session login and CSRF protection;</li>
 * <li>{@code /api/**}: HTTP Basic, stateless, 401 as a problem response;</li>
 * <li>actuator: health and info for everybody, the rest for administrators;</li>
 * <li>our pages: form login with CSRF protection; a Tasklist login in the same session counts
 * ({@link WebappSessionBridge}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-basic-auth");
		registration.addUrlPatterns("/engine-rest/*");
		// before the guard of the engine's administrative resources, which reads the user it authenticated
		registration.setOrder(0);
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
		return http.securityMatcher(path("/engine-rest/**"))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(path("/camunda/**"))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		return http.securityMatcher(path("/api/**"))
			.authorizeHttpRequests(auth -> auth
				// reference data and the registry's history are the administrators'
				.requestMatchers(path(HttpMethod.POST, "/api/movements/**"), path(HttpMethod.PUT, "/api/movements/**"),
						path("/api/awards/import/**"), path("/api/awards/demo/**"), path("/api/history/**"),
						path("/api/admin/**"), path(HttpMethod.POST, "/api/calendar/**"), path(HttpMethod.POST, "/api/orgs/**"),
						path(HttpMethod.PUT, "/api/orgs/**"), path("/api/orgs/reorganizations/**"), path("/api/audit/**"),
						path(HttpMethod.POST, "/api/reference/**"))
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			.httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problemEntryPoint())
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
						ApiLocale.text(request, "problem.title.forbidden"), ApiLocale.text(request, "problem.detail.admins-only"),
						request.getRequestURI())))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.authenticationManager(authenticationManager)
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(10)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
			WebappSessionBridge webappSession) throws Exception {
		return http
			.addFilterBefore(webappSession.fromWebappSession(), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(path("/"), path("/login"), path("/error"), path("/favicon.ico"), path("/css/**"),
						path("/js/**"), path("/img/**"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
						path("/swagger-ui.html"))
				.permitAll()
				.requestMatchers(path("/admin/**"))
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.formLogin(form -> form.loginPage("/login").successHandler(webappSession.loginSuccess("/dossiers")))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

	/**
	 * Our pages run only their own files: no inline script or style, no plugin, no other site's resources, framed
	 * only by themselves (the Camunda webapps have their own policy).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'self'";

	/**
	 * Matches the whole path: {@code /engine-rest} and {@code /camunda} are served by other servlets than Spring MVC's,
	 * which MVC-relative matchers would not see.
	 */
	static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

	/** 401 for {@code /api} as an RFC 9457 problem, without a Basic challenge (browsers must not cache credentials). */
	static AuthenticationEntryPoint problemEntryPoint() {
		return (request, response, ex) -> {
			problem(response, HttpStatus.UNAUTHORIZED, ApiLocale.text(request, "problem.title.unauthorized"),
					ApiLocale.text(request, "problem.detail.unauthorized"), request.getRequestURI());
		};
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail,
			String instance) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
				.formatted(title, status.value(), detail, instance.replace("\"", "")));
	}

}
