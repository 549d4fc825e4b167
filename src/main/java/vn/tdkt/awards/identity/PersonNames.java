package vn.tdkt.awards.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.UserTexts;

/**
 * People as pages name them: "Trần Văn Hùng" for an account id, "Hệ thống" for the system's own steps; an id without
 * an account stays as it is. A Vietnamese name is written family name first, and Tasklist, Cockpit and Admin show an
 * account as "first name, last name": so an account's first name holds the family and middle names ("Trần Văn") and
 * its last name the given name ("Hùng"), and every view reads the name in the same order.
 */
@Component
public class PersonNames {

	/** The actor of steps the system takes by itself (timers, service tasks). */
	public static final String SYSTEM = "system";

	private final IdentityService identity;

	PersonNames(IdentityService identity) {
		this.identity = identity;
	}

	/** "Trần Văn Hùng": first name (family and middle names), then last name (the given name); blank parts left out. */
	public static String fullName(org.camunda.bpm.engine.identity.User user) {
		if (user == null) {
			return "";
		}
		return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
	}

	/** The names of these account ids, in the reader's language for the system. */
	public Map<String, String> of(Collection<String> ids) {
		Map<String, String> names = new LinkedHashMap<>();
		var known = ids.stream().filter(id -> id != null && !SYSTEM.equals(id)).distinct().toArray(String[]::new);
		if (known.length > 0) {
			identity.createUserQuery().userIdIn(known).list().forEach(user -> {
				String name = fullName(user);
				if (!name.isEmpty()) {
					names.put(user.getId(), name);
				}
			});
		}
		names.put(SYSTEM, UserTexts.text("actor.system"));
		return names;
	}

}
