package vn.tdkt.awards.system;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.identity.DemoUsers;
import vn.tdkt.awards.identity.OrgGroups;
import vn.tdkt.awards.review.InFlightUpgrade;
import vn.tdkt.awards.review.ReviewerFilters;

/**
 * Brings the database up to the reference data before traffic is accepted: reference rows, then the org groups
 * that follow the org tree, then the demo users, then the reviewers' Tasklist filters, then dossiers in flight under an
 * earlier version of the processes. Nodes starting together on one database take turns ({@link StartupLock}). Each step is idempotent, so restarts are safe.
 */
@Component
@Order(0)
class StartupData implements ApplicationRunner {

	private final ReferenceDataLoader referenceData;

	private final OrgGroups orgGroups;

	private final DemoUsers demoUsers;

	private final ReviewerFilters filters;

	private final InFlightUpgrade inFlight;

	private final StartupLock lock;

	StartupData(ReferenceDataLoader referenceData, OrgGroups orgGroups, DemoUsers demoUsers, ReviewerFilters filters,
			InFlightUpgrade inFlight, StartupLock lock) {
		this.lock = lock;
		this.referenceData = referenceData;
		this.orgGroups = orgGroups;
		this.demoUsers = demoUsers;
		this.filters = filters;
		this.inFlight = inFlight;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			referenceData.load();
			orgGroups.sync();
			demoUsers.create();
			filters.create();
			inFlight.run();
		}
		finally {
			// taken before the engine built its schema: nodes starting together take turns (StartupLock)
			lock.release();
		}
	}

}
