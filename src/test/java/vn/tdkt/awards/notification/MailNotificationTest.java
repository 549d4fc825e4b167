package vn.tdkt.awards.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.support.TestMailServer.html;
import static vn.tdkt.awards.support.TestMailServer.subject;
import static vn.tdkt.awards.support.TestMailServer.text;
import static vn.tdkt.awards.workflow.AwardNominationProcess.SUPPLEMENT_DEADLINE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_SIGN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.legal.BusinessCalendar;
import vn.tdkt.awards.nomination.CommendationKind;
import vn.tdkt.awards.nomination.DossierService;
import vn.tdkt.awards.nomination.SubmitDossier;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.Http;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TestMailServer;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;

/**
 * E-mail through a real SMTP server (GreenMail): who gets what, in Vietnamese with diacritics intact, exactly once
 * across an SMTP outage, never from a rolled-back transaction, reminders and escalations from the working-day
 * calendar with the engine's clock moved, and the duplicate bound of the outbox.
 */
@AppTest
class MailNotificationTest {

	static final String APPRAISER = "giaothuy.chuyenvien@example.org";

	static final String NOMINATOR = "giaophong.canbo@example.org";

	static final String LEADER = "giaothuy.chutich@example.org";

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@Autowired
	DossierService dossierService;

	@Autowired
	vn.tdkt.awards.nomination.SupplementService supplements;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardsProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.mail.javamail.JavaMailSender mailSender;

	@BeforeEach
	void smtpUp() {
		TestMailServer.ensureRunning();
	}

	@AfterEach
	void clockBack() {
		ClockUtil.reset();
		TestMailServer.ensureRunning();
	}

	/** Mails of one dossier received by an address. */
	static List<MimeMessage> mails(String address, String dossierId) {
		return TestMailServer.to(address).stream().filter(m -> subject(m).contains(dossierId)).toList();
	}

	long outboxRows(String dossierId) {
		return jdbc.sql("select count(*) from mail_outbox where dossier_id = ?").param(dossierId).query(Long.class).single();
	}

	@Test
	void aNewTaskMailsEachCandidateOnce_andTheNominatorHearsOfTheReceipt() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Trần Thị Hoa"));
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();

		List<MimeMessage> task = mails(APPRAISER, id);
		assertThat(task).hasSize(1);
		assertThat(subject(task.get(0))).isEqualTo("[Việc mới] Thẩm định hồ sơ " + id + " – Giấy khen – 1 cá nhân");
		String body = text(task.get(0));
		assertThat(body).contains("Kính gửi Trần Văn Hùng,").contains("Hạn xử lý")
			.contains("Ủy ban nhân dân xã Giao Phong")
			.contains(properties.mail().baseUrl() + "/camunda/app/tasklist/default/#/?task="
					+ driver.task(id, TASK_APPRAISE).getId());
		assertThat(html(task.get(0))).contains("Mở công việc trong Tasklist");

		List<MimeMessage> received = mails(NOMINATOR, id);
		assertThat(received).extracting(m -> subject(m)).containsExactly("[Đã tiếp nhận] Hồ sơ " + id + " – Giấy khen");
		assertThat(text(received.get(0))).contains("Ủy ban nhân dân huyện Giao Thủy").contains("/dossiers/" + id);
	}

	@Test
	void theNominatorIsToldOfEveryTurn_returnedForwardedDecided() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Vũ Văn Nam"), person("Lê Thị Mai"));
		driver.complete(id, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment",
				"Thiếu báo cáo thành tích có xác nhận");
		dispatcher.dispatchDue();
		List<MimeMessage> returned = mails(NOMINATOR, id).stream()
			.filter(m -> subject(m).startsWith("[Trả lại để bổ sung]"))
			.toList();
		assertThat(returned).hasSize(1);
		String due = day(calendar.addWorkingDays(LocalDate.now(AppClock.ZONE), 10));
		assertThat(subject(returned.get(0))).isEqualTo("[Trả lại để bổ sung] Hồ sơ " + id + " – hạn bổ sung " + due);
		assertThat(text(returned.get(0))).contains("Thiếu báo cáo thành tích có xác nhận").contains(due);

		supplements.supplement(id, "Đã bổ sung", driver.user("giaophong.canbo"));
		driver.runJobs();
		driver.approve(id, "giaothuy.chuyenvien", driver.nomineeIds(id).get(0));
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		driver.vote(id, "namdinh.thuky", 15, 14, 12);
		driver.complete(id, TASK_SIGN, "namdinh.chutich", "outcome", "SIGN", "decisionNumber", "321/QĐ-UBND");
		dispatcher.dispatchDue();

		List<String> subjects = mails(NOMINATOR, id).stream().map(m -> subject(m)).toList();
		assertThat(subjects).contains("[Đã trình cấp trên] Hồ sơ " + id + " – chuyển Ủy ban nhân dân tỉnh Nam Định",
				"[Đã có quyết định] Hồ sơ " + id + " – Quyết định số 321/QĐ-UBND");
		MimeMessage decided = mails(NOMINATOR, id).stream()
			.filter(m -> subject(m).startsWith("[Đã có quyết định]"))
			.findFirst()
			.orElseThrow();
		assertThat(text(decided)).contains("Vũ Văn Nam").doesNotContain("Lê Thị Mai")
			.contains("Chủ tịch UBND tỉnh Nam Định").contains("Bằng khen của Chủ tịch UBND tỉnh");
		assertThat(subjects).doesNotHaveDuplicates();
	}

	@Test
	void rejectedAndExpiredDossiers_areToldWithTheirReasons() {
		String rejected = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người bị từ chối"));
		driver.complete(rejected, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "REJECT", "comment",
				"Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ");
		String expired = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Người không bổ sung"));
		driver.complete(expired, TASK_APPRAISE, "giaothuy.chuyenvien", "outcome", "RETURN", "comment", "Thiếu tờ trình");
		driver.fireTimer(expired, SUPPLEMENT_DEADLINE);
		dispatcher.dispatchDue();
		MimeMessage no = mails(NOMINATOR, rejected).stream()
			.filter(m -> subject(m).startsWith("[Không được khen thưởng]"))
			.findFirst()
			.orElseThrow();
		assertThat(text(no)).contains("Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ");
		assertThat(mails(NOMINATOR, expired)).extracting(m -> subject(m)).contains("[Quá hạn bổ sung] Hồ sơ " + expired);
	}

	@Test
	void reminderAndEscalation_fireFromTheCalendar_onceEach() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Nguyễn Văn Nhắc"));
		var task = driver.task(id, TASK_APPRAISE);
		LocalDate dueDay = calendar.addWorkingDays(LocalDate.now(AppClock.ZONE), 10);
		assertThat(task.getDueDate()).isEqualTo(calendar.closeOfBusiness(dueDay));
		assertThat(task.getFollowUpDate()).isEqualTo(calendar.closeOfBusiness(calendar.subtractWorkingDays(dueDay, 2)));
		dispatcher.dispatchDue();

		// the day after the reminder date: the reminder fires, the escalation not yet
		ClockUtil.setCurrentTime(Date.from(task.getFollowUpDate().toInstant().plusSeconds(3600)));
		assertThat(fireDueTimers(id)).isEqualTo(1);
		dispatcher.dispatchDue();
		assertThat(mails(APPRAISER, id)).extracting(m -> subject(m))
			.contains("[Nhắc việc] " + task.getName() + " – hạn " + day(dueDay));
		assertThat(mails(LEADER, id)).isEmpty();

		// past the due date: the escalation goes to the district's leaders
		ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(3600)));
		assertThat(fireDueTimers(id)).isEqualTo(1);
		dispatcher.dispatchDue();
		List<MimeMessage> escalated = mails(LEADER, id);
		assertThat(escalated).extracting(m -> subject(m))
			.containsExactly("[Quá hạn] " + task.getName() + " – hạn " + day(dueDay));
		assertThat(text(escalated.get(0))).contains("Đề nghị lãnh đạo Ủy ban nhân dân huyện Giao Thủy");

		// each at most once per task: nothing left to fire, nothing more sent
		ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(30 * 86400)));
		assertThat(fireDueTimers(id)).isZero();
		dispatcher.dispatchDue();
		assertThat(mails(APPRAISER, id).stream().filter(m -> subject(m).startsWith("[Nhắc việc]"))).hasSize(1);
		assertThat(mails(LEADER, id)).hasSize(1);
	}

	@Test
	void aHolidayMovesTheDueDate() {
		// Thursday 12/2/2026, the day before the last working day before Tết Bính Ngọ (16-20/2)
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDateTime.of(2026, 2, 12, 9, 0), AppClock.ZONE)
			.toInstant()));
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người nộp trước Tết"));
		var task = driver.task(id, TASK_APPRAISE);
		// 10 working days: 13/2, then 23/2 ... 5/3 (16-20/2 are Tết)
		assertThat(calendar.toLocalDate(task.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(calendar.toLocalDate(task.getFollowUpDate())).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void anSmtpOutage_delaysMail_andEveryMailArrivesExactlyOnce() {
		TestMailServer.stop();
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người chờ thư"));
		assertThat(dispatcher.dispatchDue()).isZero();
		var rows = outbox.ofDossier(id);
		assertThat(rows).hasSize(2).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(MailOutbox.PENDING);
			assertThat(r.attempts()).isEqualTo(1);
			assertThat(r.lastError()).isNotBlank();
			assertThat(r.nextAttemptAt()).isAfter(LocalDateTime.now(AppClock.ZONE));
		});
		// the outage is visible to administrators
		String report = new Http(port).get("/actuator/mailoutbox", "admin", Http.ADMIN_PASSWORD).body();
		assertThat(report).contains("\"PENDING\"").contains(id);
		assertThat(new Http(port).get("/actuator/mailoutbox", "giaophong.canbo", "demo").statusCode()).isEqualTo(403);

		TestMailServer.restart();
		assertThat(dispatcher.dispatchDue()).as("not due again yet").isZero();
		ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plusSeconds(120)));
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();
		assertThat(mails(APPRAISER, id)).hasSize(1);
		assertThat(mails(NOMINATOR, id)).hasSize(1);
		assertThat(outbox.ofDossier(id)).allSatisfy(r -> assertThat(r.status()).isEqualTo(MailOutbox.SENT));
	}

	@Test
	void aRolledBackTransaction_writesAndSendsNoMail() {
		long before = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		String id = tx.execute(status -> {
			String created = dossierService.submit(new SubmitDossier("GIAO_PHONG", "GIAY_KHEN", null,
					CommendationKind.CONG_TRANG, 2024, "Sẽ bị hủy", List.of(person("Không ai")), null),
					driver.user("giaophong.canbo"));
			driver.runJobs();
			assertThat(outboxRows(created)).as("written inside the transaction").isPositive();
			status.setRollbackOnly();
			return created;
		});
		assertThat(outboxRows(id)).isZero();
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(before);
		dispatcher.dispatchDue();
		assertThat(TestMailServer.received()).noneMatch(m -> subject(m).contains("Sẽ bị hủy"));
	}

	@Test
	void aCrashAfterSendingAndBeforeMarking_leadsToAtMostOneDuplicate() throws Exception {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người nhận hai thư"));
		var row = outbox.ofDossier(id).stream().filter(r -> r.recipient().equals(APPRAISER)).findFirst().orElseThrow();
		// node A leases the mail and sends it, then dies before marking it sent
		LocalDateTime now = LocalDateTime.now(AppClock.ZONE);
		Boolean leased = new TransactionTemplate(transactions)
			.execute(s -> outbox.claim(row.id(), "node-A", now, properties.mail().lease()));
		assertThat(leased).isTrue();
		sendDirectly(row.id());
		// node B does not touch it while A's lease runs
		dispatcher.dispatchDue("node-B");
		assertThat(mails(APPRAISER, id)).hasSize(1);
		// after the lease (by the database's clock, here made to have run out), B sends it once more, with the same
		// Message-ID, and marks it
		jdbc.sql("update mail_outbox set lease_until = lease_until - ? where id = ?")
			.params(properties.mail().lease().toSeconds() + 60, row.id())
			.update();
		dispatcher.dispatchDue("node-B");
		dispatcher.dispatchDue("node-B");
		List<MimeMessage> both = mails(APPRAISER, id);
		assertThat(both).hasSize(2);
		assertThat(both.get(0).getMessageID()).isEqualTo(both.get(1).getMessageID()).isEqualTo("<outbox-" + row.id() + "@award-workflow>");
		assertThat(outbox.find(row.id()).status()).isEqualTo(MailOutbox.SENT);
		assertThat(outbox.find(row.id()).attempts()).isEqualTo(2);
	}

	@Test
	void twoNodes_neverSendTheSameMail() throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Song song " + i)));
		}
		// both nodes found the same mails due (the case that could send twice) and work through them at once
		List<Long> due = outbox.dueIds(new vn.tdkt.awards.system.AppClock().localNow(), 1000);
		assertThat(due).hasSizeGreaterThanOrEqualTo(ids.size() * 2);
		CountDownLatch start = new CountDownLatch(1);
		var nodes = List.of("node-1", "node-2").stream().map(node -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return dispatcher.dispatch(node, due);
		})).toList();
		start.countDown();
		int sent = 0;
		for (var node : nodes) {
			sent += node.get(60, TimeUnit.SECONDS);
		}
		for (String id : ids) {
			assertThat(mails(APPRAISER, id)).hasSize(1);
			assertThat(mails(NOMINATOR, id)).hasSize(1);
		}
		assertThat(sent).as("each due mail sent once, by one of the two nodes").isEqualTo(due.size());
	}

	@Test
	void aUserWhoPrefersEnglish_getsEnglishMail() {
		identity.setUserInfo("giaothuy.thuky", Recipients.LOCALE_INFO, "en");
		try {
			String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Người A"));
			driver.approve(id, "giaothuy.chuyenvien");
			dispatcher.dispatchDue();
			List<MimeMessage> mails = mails("giaothuy.thuky@example.org", id);
			assertThat(mails).hasSize(1);
			assertThat(subject(mails.get(0))).startsWith("[New task] Hội đồng TĐKT bỏ phiếu hồ sơ " + id);
			assertThat(text(mails.get(0))).contains("Dear Phạm Thu Hà,").contains("Open the task in Tasklist");
		}
		finally {
			identity.deleteUserInfo("giaothuy.thuky", Recipients.LOCALE_INFO);
		}
	}

	@Test
	void aDossierThroughItsRoute_sendsExactlyTheExpectedMails_acrossAnSmtpRestart() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "BK_TINH", person("Đinh Văn Trọn"));
		dispatcher.dispatchDue();
		driver.approve(id, "giaothuy.chuyenvien");
		TestMailServer.stop();
		driver.sign(id, "giaothuy.chutich");
		driver.approve(id, "namdinh.chuyenvien");
		dispatcher.dispatchDue();
		TestMailServer.restart();
		driver.vote(id, "namdinh.thuky", 15, 15, 14);
		driver.sign(id, "namdinh.chutich");
		ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plusSeconds(3600)));
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();

		String award = "Bằng khen của Chủ tịch UBND tỉnh";
		assertThat(mails(NOMINATOR, id)).extracting(m -> subject(m)).containsExactlyInAnyOrder(
				"[Đã tiếp nhận] Hồ sơ " + id + " – " + award,
				"[Đã trình cấp trên] Hồ sơ " + id + " – chuyển Ủy ban nhân dân tỉnh Nam Định",
				"[Đã có quyết định] Hồ sơ " + id + " – Quyết định số "
						+ jdbc.sql("select number from decision where dossier_id = ?").param(id).query(String.class).single());
		assertThat(mails(APPRAISER, id)).extracting(m -> subject(m))
			.containsExactly("[Việc mới] Thẩm định hồ sơ " + id + " – " + award + " – 1 cá nhân");
		assertThat(mails(LEADER, id)).extracting(m -> subject(m))
			.containsExactly("[Việc mới] Ký tờ trình đề nghị cấp trên hồ sơ " + id + " – " + award + " – 1 cá nhân");
		assertThat(mails("namdinh.chuyenvien@example.org", id)).hasSize(1);
		assertThat(mails("namdinh.thuky@example.org", id)).extracting(m -> subject(m))
			.containsExactly("[Việc mới] Hội đồng TĐKT bỏ phiếu hồ sơ " + id + " – " + award + " – 1 cá nhân");
		assertThat(mails("namdinh.chutich@example.org", id)).extracting(m -> subject(m))
			.containsExactly("[Việc mới] Ký quyết định khen thưởng hồ sơ " + id + " – " + award + " – 1 cá nhân");
		assertThat(outbox.ofDossier(id)).hasSize(8).allSatisfy(r -> assertThat(r.status()).isEqualTo(MailOutbox.SENT));
	}

	/** Executes the timers (reminder, escalation) of the dossier's tasks that are due by the engine's clock. */
	private int fireDueTimers(String dossierId) {
		int fired = 0;
		for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()) {
			for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().executable().list()) {
				management.executeJob(job.getId());
				fired++;
			}
		}
		return fired;
	}

	/** Sends the outbox row as the dispatcher would, without marking it (a node dying right after sending). */
	private void sendDirectly(long id) throws Exception {
		mailSender.send(dispatcher.message(outbox.find(id)));
	}

	static String day(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
	}

}
