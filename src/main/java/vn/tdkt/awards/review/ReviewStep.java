package vn.tdkt.awards.review;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.system.StartupStep;

/** At start-up, once groups and users exist: the reviewers' Tasklist filters, then dossiers in flight under an earlier process version. */
@Component
@Order(50)
class ReviewStep implements StartupStep {

	private final ReviewerFilters filters;

	private final InFlightUpgrade inFlight;

	ReviewStep(ReviewerFilters filters, InFlightUpgrade inFlight) {
		this.filters = filters;
		this.inFlight = inFlight;
	}

	@Override
	public void run() {
		filters.create();
		inFlight.run();
	}

}
