package vn.tdkt.awards.system;

import vn.tdkt.awards.support.AppTest;

/** The application on the embedded default database. */
@AppTest
class H2StartupTest extends StartupChecks {

	@Override
	String expectedDatabase() {
		return "H2";
	}

}
