package vn.tdkt.awards.org;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.reference.ReferenceDataLoader;
import vn.tdkt.awards.system.StartupStep;

/** At start-up, first of all: the chosen data set's org tree through time (the other reference tables refer to it). */
@Component
@Order(10)
class OrgTreeStep implements StartupStep {

	private final OrgTreeLoader orgTree;

	private final ReferenceDataLoader reference;

	OrgTreeStep(OrgTreeLoader orgTree, ReferenceDataLoader reference) {
		this.orgTree = orgTree;
		this.reference = reference;
	}

	@Override
	@Transactional
	public void run() {
		orgTree.load(reference.dataSet());
	}

}
