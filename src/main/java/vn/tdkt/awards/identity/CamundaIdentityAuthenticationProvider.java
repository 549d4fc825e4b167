package vn.tdkt.awards.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.UserTexts;

/**
 * One user store for everything: our pages and {@code /api} check passwords against Camunda's identity service, the
 * same users and salted password hashes the webapps and {@code /engine-rest} use (Camunda also throttles repeated
 * failed logins there).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	public CamundaIdentityAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException(UserTexts.text("error.identity.bad-credentials"));
		}
		AppUser user = load(userId);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
	}

	public List<GrantedAuthority> authorities(AppUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (user.isAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		user.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
		return authorities;
	}

	public AppUser load(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		String name = user == null ? userId : PersonNames.fullName(user);
		return new AppUser(userId, name.isEmpty() ? userId : name, user == null ? null : user.getEmail(), groups);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
