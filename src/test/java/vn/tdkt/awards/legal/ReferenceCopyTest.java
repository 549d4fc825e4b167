package vn.tdkt.awards.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.award.AwardType;
import vn.tdkt.awards.award.AwardTypeRepository;
import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.system.ReferenceVersion;

/**
 * Legal durations, award types and council rules come from each node's copy (issue #22: every step of a dossier read
 * them, one statement each): a transaction checks the reference version at its first read and keeps that copy; a
 * transaction that changes reference data reads the tables, and what it wrote is seen by no one else before it commits,
 * and never if it rolls back.
 */
@AppTest
class ReferenceCopyTest {

	static final LocalDate ON = LocalDate.of(2026, 12, 7);

	@Autowired
	LegalDurations durations;

	@Autowired
	AwardTypeRepository awardTypes;

	@Autowired
	ReferenceVersion version;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private void insertDuration(String code, int days) {
		jdbc.sql("insert into legal_duration (code, org_level, working_days, legal_basis, certainty, valid_from)"
				+ " values (?, '*', ?, 'Thử nghiệm', 'I', date '2020-01-01')").params(code, days).update();
	}

	/** Another node adds the row and moves the version, committed. */
	private void addedByAnotherNode(String code, int days) {
		CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(other -> {
			version.changed();
			insertDuration(code, days);
		})).join();
	}

	private void removed(String code) {
		jdbc.sql("delete from legal_duration where code = ?").param(code).update();
		version.changed();
	}

	private Optional<Integer> days(String code) {
		return durations.find(code, OrgLevel.UNIT, ON).map(LegalDuration::workingDays);
	}

	private <T> T inTransaction(java.util.function.Supplier<T> read) {
		return new TransactionTemplate(transactions).execute(status -> read.get());
	}

	@Test
	void durationsAndAwardTypes_areReadFromTheCopy_untilTheVersionMoves() {
		assertThat(inTransaction(() -> days("COPY_TEST_A"))).isEmpty();
		String name = awardTypes.find("GIAY_KHEN").map(AwardType::nameVi).orElseThrow();
		long rules = inTransaction(() -> awardTypes.councilRule("BK_TINH", OrgLevel.PROVINCE, ON)).stream().count();
		assertThat(rules).as("the province's council votes on its Bằng khen").isEqualTo(1);

		// rows changed behind the application's back, as no node would: the copies do not see them
		insertDuration("COPY_TEST_A", 7);
		jdbc.sql("update award_type set name_vi = 'Giấy khen (thử)' where code = 'GIAY_KHEN'").update();
		jdbc.sql("update award_council_rule set valid_to = date '2000-01-01' where award_type = 'BK_TINH'").update();
		try {
			assertThat(inTransaction(() -> days("COPY_TEST_A"))).isEmpty();
			assertThat(inTransaction(() -> awardTypes.find("GIAY_KHEN")).map(AwardType::nameVi)).contains(name);
			assertThat(inTransaction(() -> awardTypes.councilRule("BK_TINH", OrgLevel.PROVINCE, ON)).stream().count())
				.isEqualTo(rules);

			// another node's change moves the version with its rows: the next transaction reads them
			jdbc.sql("update reference_version set version = version + 1 where id = 1").update();
			assertThat(inTransaction(() -> days("COPY_TEST_A"))).contains(7);
			assertThat(inTransaction(() -> awardTypes.find("GIAY_KHEN")).map(AwardType::nameVi)).contains("Giấy khen (thử)");
			assertThat(inTransaction(() -> awardTypes.councilRule("BK_TINH", OrgLevel.PROVINCE, ON))).isEmpty();
		}
		finally {
			jdbc.sql("update award_type set name_vi = ? where code = 'GIAY_KHEN'").param(name).update();
			jdbc.sql("update award_council_rule set valid_to = null where award_type = 'BK_TINH' and valid_to = date '2000-01-01'")
				.update();
			jdbc.sql("delete from legal_duration where code = 'COPY_TEST_A'").update();
			jdbc.sql("update reference_version set version = version + 1 where id = 1").update();
		}
		assertThat(inTransaction(() -> awardTypes.find("GIAY_KHEN")).map(AwardType::nameVi)).contains(name);
	}

	@Test
	void aTransaction_keepsTheDurationsItStartedWith() {
		assertThat(inTransaction(() -> {
			assertThat(days("COPY_TEST_B")).isEmpty();
			addedByAnotherNode("COPY_TEST_B", 9);
			return days("COPY_TEST_B");
		})).isEmpty();
		assertThat(inTransaction(() -> days("COPY_TEST_B"))).contains(9);
		assertThat(days("COPY_TEST_B")).as("outside a transaction, on this node at once").contains(9);
		removed("COPY_TEST_B");
	}

	@Test
	void aTransactionThatChangesReferenceData_readsItsOwnRows_whichNoOneElseSees_andARollbackLeavesNone() {
		assertThat(days("COPY_TEST_C")).isEmpty();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			version.changed();
			insertDuration("COPY_TEST_C", 11);
			assertThat(days("COPY_TEST_C")).contains(11);
			assertThat(CompletableFuture.supplyAsync(() -> days("COPY_TEST_C")).join()).as("another thread").isEmpty();
			assertThat(CompletableFuture.supplyAsync(() -> inTransaction(() -> days("COPY_TEST_C"))).join())
				.as("another transaction").isEmpty();
			status.setRollbackOnly();
		});
		assertThat(days("COPY_TEST_C")).isEmpty();
		assertThat(inTransaction(() -> days("COPY_TEST_C"))).isEmpty();
	}

	@Test
	void aTransactionOfItsOwn_checksTheVersionForItself() {
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThat(inTransaction(() -> {
			assertThat(days("COPY_TEST_D")).isEmpty();
			addedByAnotherNode("COPY_TEST_D", 13);
			assertThat(own.<Optional<Integer>>execute(inner -> days("COPY_TEST_D"))).as("REQUIRES_NEW reads the new version").contains(13);
			return days("COPY_TEST_D");
		})).as("the outer transaction keeps its copy").isEmpty();
		removed("COPY_TEST_D");
	}

}
