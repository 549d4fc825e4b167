package vn.tdkt.awards.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;

/**
 * A transaction reads a dossier, its route and its hops once (issue #22: one task's completion read the dossier row
 * some ten times): later reads in it answer from what it read, a write through the repository or a locking read reads
 * the row again, another transaction (REQUIRES_NEW included) reads its own, and outside a transaction every read goes
 * to the table.
 */
@AppTest
class DossierReadsTest {

	@Autowired
	DossierRepository dossiers;

	@Autowired
	NomineeRepository nominees;

	@Autowired
	ProcessDriver driver;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** The title changed by another transaction, committed (as another node's request would). */
	private void retitledElsewhere(String id, String title) {
		CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(
				status -> jdbc.sql("update dossier set title = ? where id = ?").params(title, id).update())).join();
	}

	private String title(String id) {
		return dossiers.require(id).title();
	}

	@Test
	void aTransactionReadsTheDossierOnce_untilItWritesOrLocksIt() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người đọc một lần"));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			String first = title(id);
			int hops = dossiers.route(id).size();
			retitledElsewhere(id, "Đổi ở nơi khác");
			assertThat(title(id)).as("read again in the same transaction").isEqualTo(first);
			assertThat(dossiers.route(id)).hasSize(hops);

			assertThat(dossiers.lock(id).title()).as("a locking read reads the row").isEqualTo("Đổi ở nơi khác");
			assertThat(title(id)).isEqualTo("Đổi ở nơi khác");
		});
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(title(id)).isEqualTo("Đổi ở nơi khác");
			retitledElsewhere(id, "Đổi lần nữa");
			assertThat(title(id)).isEqualTo("Đổi ở nơi khác");
			dossiers.setSupplementDue(id, null);
			assertThat(title(id)).as("after a write through the repository").isEqualTo("Đổi lần nữa");
		});
		retitledElsewhere(id, "Ngoài giao dịch");
		assertThat(title(id)).as("outside a transaction, every read goes to the table").isEqualTo("Ngoài giao dịch");
	}

	@Test
	void aTransactionOfItsOwn_readsItsOwnRows_andTheOuterOneKeepsItsReads() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người hai giao dịch"));
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			String first = title(id);
			retitledElsewhere(id, "Đổi trước giao dịch riêng");
			assertThat(inner.<String>execute(own -> title(id))).isEqualTo("Đổi trước giao dịch riêng");
			assertThat(title(id)).isEqualTo(first);
			inner.executeWithoutResult(own -> dossiers.setSupplementDue(id, null));
			assertThat(title(id)).as("the outer transaction's reads are its own").isEqualTo(first);
		});
	}


	@Test
	void aTransactionReadsTheNomineesOnce_untilItWritesThem() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", ProcessDriver.person("Người được đọc"));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Nominee first = nominees.nominees(id).get(0);
			assertThat(nominees.pendingCount(id)).isEqualTo(1);
			CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(other -> jdbc
				.sql("update nominee set name = 'Đổi ở nơi khác' where id = ?").param(first.id()).update())).join();
			assertThat(nominees.nominees(id).get(0).name()).isEqualTo(first.name());
			nominees.closeNominee(first.id(), NomineeStatus.NOT_AWARDED, "thử", 1);
			assertThat(nominees.nominees(id).get(0).name()).as("after a write through the repository")
				.isEqualTo("Đổi ở nơi khác");
			assertThat(nominees.pendingCount(id)).isZero();
			status.setRollbackOnly();
		});
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Nominee first = nominees.nominees(id).get(0);
			CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(other -> jdbc
				.sql("update nominee set name = 'Đổi trước khi khóa' where id = ?").param(first.id()).update())).join();
			dossiers.lock(id);
			assertThat(nominees.nominees(id).get(0).name()).as("read again after the dossier's lock")
				.isEqualTo("Đổi trước khi khóa");
		});
		assertThat(nominees.pendingCount(id)).isEqualTo(1);
	}

}
