package vn.tdkt.awards.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.support.AppTest;

/**
 * Orgs by their code come from each node's copy (issue #22: every step of a dossier named its orgs some twenty times,
 * each a statement): a change through the application shows at once on this node and, through the reference version,
 * on the others within a second; an org written by a transaction that rolls back is never seen.
 */
@AppTest
class OrgCopyTest {

	@Autowired
	OrgRepository orgs;

	@Autowired
	OrgAdmin admin;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private static OrgAdmin.OrgInput unit(String code, String name) {
		return new OrgAdmin.OrgInput(code, name, OrgLevel.UNIT, "NAM_DINH", null, null, null, null, null, null, null,
				null, null, null, null, null, "test");
	}

	@Test
	void anOrgIsReadFromTheNodesCopy_untilTheReferenceVersionMoves() throws InterruptedException {
		admin.create(unit("COPY_TEST_A", "Trường Tiểu học Giao Phong"), "admin");
		assertThat(orgs.find("COPY_TEST_A")).map(OrgUnit::name).contains("Trường Tiểu học Giao Phong");

		// the row changed behind the application's back, as no node would: the copy does not see it
		jdbc.sql("update org_unit set name = 'Trường Tiểu học Giao Phong B' where code = 'COPY_TEST_A'").update();
		assertThat(orgs.find("COPY_TEST_A")).map(OrgUnit::name).contains("Trường Tiểu học Giao Phong");

		// another node's change moves the version with its rows: this node's copy follows within a second
		jdbc.sql("update reference_version set version = version + 1 where id = 1").update();
		Thread.sleep(1_100);
		assertThat(orgs.find("COPY_TEST_A")).map(OrgUnit::name).contains("Trường Tiểu học Giao Phong B");
	}

	@Test
	void aTransaction_checksTheVersionAtItsFirstOrg_andKeepsThoseOrgsToItsEnd() {
		admin.create(unit("COPY_TEST_E", "Trường Tiểu học Giao Thủy"), "admin");
		assertThat(orgs.find("COPY_TEST_E")).map(OrgUnit::name).contains("Trường Tiểu học Giao Thủy");
		// another node renamed it: its rows and the version, committed
		jdbc.sql("update org_unit set name = 'Trường Tiểu học thị trấn Giao Thủy' where code = 'COPY_TEST_E'").update();
		jdbc.sql("update reference_version set version = version + 1 where id = 1").update();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// a route or a decision made now sees the new name at once, not a second later
			assertThat(orgs.find("COPY_TEST_E")).map(OrgUnit::name).contains("Trường Tiểu học thị trấn Giao Thủy");
			// and keeps the orgs it started with, whatever commits meanwhile
			assertThat(java.util.concurrent.CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
				.executeWithoutResult(other -> admin.update("COPY_TEST_E", new OrgAdmin.OrgInput(null, "Trường Tiểu học số 1",
						null, null, null, null, null, null, null, null, null, null, null, null, null, null, "đổi tên"),
						"admin")))).succeedsWithin(java.time.Duration.ofSeconds(10));
			assertThat(orgs.find("COPY_TEST_E")).map(OrgUnit::name).contains("Trường Tiểu học thị trấn Giao Thủy");
		});
		assertThat(orgs.find("COPY_TEST_E")).map(OrgUnit::name).contains("Trường Tiểu học số 1");
	}

	@Test
	void aChangeThroughTheApplication_showsAtOnce() {
		admin.create(unit("COPY_TEST_B", "Trường Mầm non Giao Phong"), "admin");
		assertThat(orgs.find("COPY_TEST_B")).map(OrgUnit::name).contains("Trường Mầm non Giao Phong");

		admin.update("COPY_TEST_B", new OrgAdmin.OrgInput(null, "Trường Mầm non xã Giao Phong", null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, "đổi tên"), "admin");

		assertThat(orgs.find("COPY_TEST_B")).map(OrgUnit::name).contains("Trường Mầm non xã Giao Phong");
	}

	@Test
	void anOrgOfARolledBackTransaction_isNeverSeen() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			admin.create(unit("COPY_TEST_C", "Trường THCS Giao Phong"), "admin");
			// the writing transaction reads its own row; another (a request on this node) does not see it
			assertThat(orgs.find("COPY_TEST_C")).isPresent();
			assertThat(elsewhere("COPY_TEST_C")).isEmpty();
			status.setRollbackOnly();
		});

		assertThat(orgs.find("COPY_TEST_C")).isEmpty();
		assertThat(jdbc.sql("select count(*) from org_unit where code = 'COPY_TEST_C'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anOrgOfACommittedTransaction_isSeenAtOnce_evenIfTheCopyWasReadMeanwhile() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			admin.create(unit("COPY_TEST_D", "Trường THPT Giao Thủy"), "admin");
			assertThat(elsewhere("COPY_TEST_D")).isEmpty();
		});

		assertThat(orgs.find("COPY_TEST_D")).map(OrgUnit::name).contains("Trường THPT Giao Thủy");
	}

	/** The org as another thread, outside the writing transaction, reads it. */
	private java.util.Optional<OrgUnit> elsewhere(String code) {
		return java.util.concurrent.CompletableFuture.supplyAsync(() -> orgs.find(code)).join();
	}

}
