package vn.tdkt.awards.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Groups;

import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgRole.Membership;

/**
 * A signed-in user, from Camunda's identity: its groups say which orgs it works for and in which role. Kept in the
 * HTTP session, which lives in the database (hence serializable), under its id as principal name.
 */
public record AppUser(String id, String displayName, String email, List<String> groupIds)
		implements java.security.Principal, java.io.Serializable {

	public AppUser {
		groupIds = List.copyOf(groupIds);
	}

	@Override
	public String getName() {
		return id;
	}

	public boolean isAdmin() {
		return groupIds.contains(Groups.CAMUNDA_ADMIN);
	}

	public List<Membership> memberships() {
		return groupIds.stream().map(OrgRole::parse).filter(m -> m != null).toList();
	}

	/** Orgs the user works for in the given role. */
	public Set<String> orgs(OrgRole role) {
		return memberships().stream()
			.filter(m -> m.role() == role)
			.map(Membership::orgCode)
			.collect(Collectors.toSet());
	}

	/** Orgs the user works for in any role. */
	public Set<String> orgs() {
		return memberships().stream().map(Membership::orgCode).collect(Collectors.toSet());
	}

}
