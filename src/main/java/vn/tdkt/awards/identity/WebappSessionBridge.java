package vn.tdkt.awards.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for our pages and the Camunda webapps, which share the HTTP session: a reviewer logged in to Tasklist
 * opens the dossier page or a document from a task form without logging in again, and a user logged in on our pages
 * is logged in to Tasklist. The webapps keep their own authentication in the session; this reads and writes it.
 */
@Component
public class WebappSessionBridge {

	private final ProcessEngine engine;

	private final CamundaIdentityAuthenticationProvider users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	public WebappSessionBridge(ProcessEngine engine, CamundaIdentityAuthenticationProvider users) {
		this.engine = engine;
		this.users = users;
	}

	/** After our form login: log the user in to the webapps too. */
	public AuthenticationSuccessHandler loginSuccess(String defaultTarget) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl(defaultTarget);
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof AppUser user) {
				HttpSession session = request.getSession();
				UserAuthentication webapp = AuthenticationUtil.createAuthentication(engine, user.id());
				if (webapp != null) {
					Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
					authentications.addOrReplace(webapp);
					AuthenticationUtil.updateSession(session, authentications);
				}
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Before our pages' security: a user the webapps know in this session is known to us too; and a session whose
	 * webapp login ended (logout in Tasklist, Cockpit or Admin) ends for our pages as well.
	 */
	public OncePerRequestFilter fromWebappSession() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication current = SecurityContextHolder.getContext().getAuthentication();
				boolean signedIn = current != null && current.isAuthenticated() && current.getPrincipal() instanceof AppUser;
				HttpSession session = request.getSession(false);
				var webapp = session == null ? null
						: AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
				if (signedIn && session != null && webapp == null) {
					// one session, one logout: the webapps' logout removed their login, so ours ends too
					SecurityContextHolder.clearContext();
					session.invalidate();
				}
				else if (!signedIn && webapp != null) {
					AppUser user = users.load(webapp.getIdentityId());
					Authentication ours = UsernamePasswordAuthenticationToken.authenticated(user, null,
							users.authorities(user));
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(ours);
					SecurityContextHolder.setContext(context);
					contexts.saveContext(context, request, response);
				}
				chain.doFilter(request, response);
			}
		};
	}

}
