package vn.tdkt.awards.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a real component (a browser, a database server) skips itself on a developer's machine that
 * lacks it, but fails under {@code CI=true}, where a skip would hide that the component was never tested.
 */
public final class RequiredComponent {

	private RequiredComponent() {
	}

	public static void require(boolean available, String what) {
		if (available) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("CI=true but " + what + " is missing: .ci/run must install it");
		}
		Assumptions.assumeTrue(false, what + " is missing: test skipped (it fails under CI=true)");
	}

}
