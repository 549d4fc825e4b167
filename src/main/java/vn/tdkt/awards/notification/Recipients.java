package vn.tdkt.awards.notification;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who receives a mail: Camunda's users, with their e-mail address and preferred language (user info "locale",
 * Vietnamese unless set to "en").
 */
@Component
public class Recipients {

	public static final String LOCALE_INFO = "locale";

	private final IdentityService identity;

	public Recipients(IdentityService identity) {
		this.identity = identity;
	}

	public record Recipient(String userId, String name, String email, Locale locale) {
	}

	/** Members of the group that have an e-mail address. */
	public List<Recipient> ofGroup(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(this::recipient)
			.filter(r -> r.email() != null && !r.email().isBlank())
			.toList();
	}

	/** The user, if it has an e-mail address. */
	public java.util.Optional<Recipient> user(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		return user == null ? java.util.Optional.empty()
				: java.util.Optional.of(recipient(user)).filter(r -> r.email() != null && !r.email().isBlank());
	}

	private Recipient recipient(User user) {
		String name = vn.tdkt.awards.identity.PersonNames.fullName(user);
		String locale = identity.getUserInfo(user.getId(), LOCALE_INFO);
		return new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail(),
				"en".equalsIgnoreCase(locale) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
	}

}
