package vn.tdkt.awards.identity;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.StartupStep;

/** At start-up, once the org tree is loaded: the engine's groups that follow it, then the demo users. */
@Component
@Order(30)
class IdentityStep implements StartupStep {

	private final OrgGroups orgGroups;

	private final DemoUsers demoUsers;

	IdentityStep(OrgGroups orgGroups, DemoUsers demoUsers) {
		this.orgGroups = orgGroups;
		this.demoUsers = demoUsers;
	}

	@Override
	public void run() {
		orgGroups.sync();
		demoUsers.create();
	}

}
