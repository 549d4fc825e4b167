package vn.tdkt.awards.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which group, as the identity store says: not as a caller's authentication claims (the Java API lets
 * a caller name any groups). Asked from inside engine commands, where the current user's own read permissions on
 * users and groups would otherwise filter the answer.
 */
@Component
public class Memberships {

	private final IdentityService identity;

	public Memberships(IdentityService identity) {
		this.identity = identity;
	}

	public boolean isMember(String userId, String groupId) {
		if (userId == null || groupId == null) {
			return false;
		}
		return unrestricted(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
	}

	public boolean isAdmin(String userId) {
		return isMember(userId, Groups.CAMUNDA_ADMIN);
	}

	/** The display name of a group, or its id. */
	public String groupName(String groupId) {
		var group = unrestricted(() -> identity.createGroupQuery().groupId(groupId).singleResult());
		return group == null || group.getName() == null ? groupId : group.getName();
	}

	/** The user the engine runs the current command for (engine-rest, Tasklist, the Java API), or null. */
	public String currentUser() {
		Authentication auth = identity.getCurrentAuthentication();
		return auth == null ? null : auth.getUserId();
	}

	private <T> T unrestricted(Supplier<T> query) {
		Authentication saved = identity.getCurrentAuthentication();
		if (saved == null) {
			return query.get();
		}
		identity.clearAuthentication();
		try {
			return query.get();
		}
		finally {
			identity.setAuthentication(saved);
		}
	}

}
