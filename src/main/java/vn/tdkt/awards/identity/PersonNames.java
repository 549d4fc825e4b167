package vn.tdkt.awards.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.UserTexts;

/**
 * People as pages name them: "Trần Văn Hùng" (family name first, as Vietnamese names are written) for an account id,
 * "Hệ thống" for the system's own steps; an id without an account stays as it is.
 */
@Component
public class PersonNames {

	/** The actor of steps the system takes by itself (timers, service tasks). */
	public static final String SYSTEM = "system";

	private final IdentityService identity;

	PersonNames(IdentityService identity) {
		this.identity = identity;
	}

	/** The names of these account ids, in the reader's language for the system. */
	public Map<String, String> of(Collection<String> ids) {
		Map<String, String> names = new LinkedHashMap<>();
		var known = ids.stream().filter(id -> id != null && !SYSTEM.equals(id)).distinct().toArray(String[]::new);
		if (known.length > 0) {
			identity.createUserQuery().userIdIn(known).list().forEach(user -> {
				String name = ((user.getLastName() == null ? "" : user.getLastName() + " ")
						+ (user.getFirstName() == null ? "" : user.getFirstName())).trim();
				if (!name.isEmpty()) {
					names.put(user.getId(), name);
				}
			});
		}
		names.put(SYSTEM, UserTexts.text("actor.system"));
		return names;
	}

}
