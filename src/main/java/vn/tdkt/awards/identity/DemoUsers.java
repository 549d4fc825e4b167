package vn.tdkt.awards.identity;

import java.util.Arrays;

import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.reference.ReferenceDataLoader;
import vn.tdkt.awards.system.AwardsProperties;

/** Creates the reference data set's demo users ({@code demo_user.csv}) and their group memberships. */
@Component
public class DemoUsers {

	private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

	private final IdentityService identity;

	private final ReferenceDataLoader referenceData;

	private final AwardsProperties properties;

	public DemoUsers(IdentityService identity, ReferenceDataLoader referenceData, AwardsProperties properties) {
		this.identity = identity;
		this.referenceData = referenceData;
		this.properties = properties;
	}

	public void create() {
		if (!properties.demo().enabled()) {
			return;
		}
		int created = 0;
		for (CSVRecord row : referenceData.readDataSet("demo_user.csv")) {
			String id = row.get("id");
			if (identity.createUserQuery().userId(id).count() > 0) {
				continue;
			}
			User user = identity.newUser(id);
			// family and middle names first, as the engine's apps show "first name, last name" (PersonNames)
			user.setFirstName(row.get("family_name"));
			user.setLastName(row.get("given_name"));
			user.setEmail(row.get("email"));
			user.setPassword(properties.demo().password());
			identity.saveUser(user);
			String org = row.get("org_code");
			Arrays.stream(row.get("roles").split("\\|"))
				.map(OrgRole::valueOf)
				.forEach(role -> identity.createMembership(id, role.groupId(org)));
			created++;
		}
		LOG.info("Demo users of '{}' ready ({} created; password from DEMO_PASSWORD)", properties.referenceData(),
				created);
	}

}
