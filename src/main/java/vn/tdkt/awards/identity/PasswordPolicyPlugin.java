package vn.tdkt.awards.identity;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.reference.ReferenceDataLoader;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * Turns the engine's password policy on with {@link PasswordRules}, for every user. Exempt, and documented as such:
 * the administrator's fallback password {@code admin} on the embedded default database only, and the demo accounts'
 * shared password while the demo is on (never on a real deployment).
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

	private final AwardsProperties properties;

	private final Environment environment;

	private final ReferenceDataLoader referenceData;

	private volatile Set<String> demoUsers;

	public PasswordPolicyPlugin(AwardsProperties properties, Environment environment, ReferenceDataLoader referenceData) {
		this.properties = properties;
		this.environment = environment;
		this.referenceData = referenceData;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setPasswordPolicy(new PasswordRules(this::exempts));
		configuration.setEnablePasswordPolicy(true);
	}

	boolean exempts(String candidate, User user) {
		if (AdminPasswordPolicy.ADMIN.equals(user.getId())) {
			return environment.getProperty(AdminPasswordPolicy.FALLBACK_FLAG, Boolean.class, false)
					&& AdminPasswordPolicy.EMBEDDED_FALLBACK.equals(candidate);
		}
		return properties.demo().enabled() && properties.demo().password().equals(candidate)
				&& demoUsers().contains(user.getId());
	}

	private Set<String> demoUsers() {
		Set<String> ids = demoUsers;
		if (ids == null) {
			ids = new HashSet<>();
			for (CSVRecord row : referenceData.readDataSet("demo_user.csv")) {
				ids.add(row.get("id"));
			}
			demoUsers = ids;
		}
		return ids;
	}

}
