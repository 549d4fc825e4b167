package vn.tdkt.awards.identity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.AwardsProperties;
import vn.tdkt.awards.system.AwardsProperties.Login;
import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * Failed logins slow down, per account and per client address, on every way in (our pages, Tasklist, /api,
 * /engine-rest): after a few failures the account, and after more the address, is held for a time that doubles and
 * never exceeds its maximum. Nobody can lock an account for good by guessing (the engine's own lock-out is off);
 * an administrator can lock and unlock accounts ({@code /admin/logins}). Every login, failure, hold and lock is
 * logged and kept for administrators. State lives in the database, so all nodes share it.
 */
@Service
public class LoginThrottle {

	private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

	/** Where a login came from. */
	public enum Way {
		PAGES, TASKLIST, API, ENGINE_REST, ACTUATOR, ADMIN
	}

	/** A subject held until a time: {@code admin} when an administrator locked it. */
	public record Hold(String subject, LocalDateTime until, boolean byAdmin) {

		public long seconds(LocalDateTime now) {
			return byAdmin ? -1 : Math.max(1, Duration.between(now, until).toSeconds() + 1);
		}

		public boolean account() {
			return subject.startsWith(USER);
		}

	}

	static final String USER = "user:";

	static final String ADDRESS = "address:";

	static final LocalDateTime FOREVER = LocalDateTime.of(9999, 12, 31, 0, 0);

	private final JdbcClient jdbc;

	private final AppClock clock;

	private final Login settings;

	private final TransactionTemplate ownTransaction;

	public LoginThrottle(JdbcClient jdbc, AppClock clock, AwardsProperties properties,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.security().login();
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The hold that stops this login before it is tried, if any: the account's first, then the address's. */
	public Optional<Hold> hold(String userId, String address) {
		LocalDateTime now = clock.localNow();
		for (String subject : subjects(userId, address)) {
			var hold = jdbc.sql("select held_until, held_by_admin from login_throttle where subject = ?")
				.param(subject)
				.query((rs, row) -> {
					var until = rs.getTimestamp("held_until");
					return until == null ? null
							: new Hold(subject, until.toLocalDateTime(), rs.getBoolean("held_by_admin"));
				})
				.optional();
			if (hold.isPresent() && hold.get() != null && (hold.get().byAdmin() || hold.get().until().isAfter(now))) {
				return hold;
			}
		}
		return Optional.empty();
	}

	/** A login refused before it was tried, because of a hold. */
	public void held(String userId, String address, Way way, Hold hold) {
		LocalDateTime now = clock.localNow();
		// the login events are records: Vietnamese, whoever reads them
		String detail = hold.byAdmin() ? UserTexts.text(WebConfiguration.VIETNAMESE, "record.identity.held-by-admin")
				: UserTexts.text(WebConfiguration.VIETNAMESE, "record.identity.held-until", String.valueOf(hold.until()));
		LOG.warn("Login held: user={} address={} way={} ({} {})", userId, address, way, hold.subject(), detail);
		event(now, userId, address, way, "HELD", hold.subject() + ": " + detail);
	}

	public void succeeded(String userId, String address, Way way, boolean record) {
		ownTransaction.executeWithoutResult(status -> {
			jdbc.sql("update login_throttle set failures = 0, held_until = null where subject = ? and held_by_admin = false")
				.param(USER + userId)
				.update();
			if (record) {
				event(clock.localNow(), userId, address, way, "SUCCESS", null);
			}
		});
		if (record) {
			LOG.info("Login: user={} address={} way={}", userId, address, way);
		}
	}

	public void failed(String userId, String address, Way way) {
		LocalDateTime now = clock.localNow();
		ownTransaction.executeWithoutResult(status -> {
			int accountFailures = userId == null ? 0 : fail(USER + userId, now, settings.accountFreeFailures(),
					settings.accountFirstHold(), settings.accountMaxHold());
			int addressFailures = address == null ? 0 : fail(ADDRESS + address, now, settings.addressFreeFailures(),
					settings.addressFirstHold(), settings.addressMaxHold());
			LOG.warn("Login failed: user={} address={} way={} (failures: account {}, address {})", userId, address, way,
					accountFailures, addressFailures);
			event(now, userId, address, way, "FAILURE", UserTexts.text(WebConfiguration.VIETNAMESE,
					"record.identity.failures", accountFailures, addressFailures));
		});
	}

	/** An administrator locks an account until it is unlocked. */
	public void lock(String userId, String by) {
		ownTransaction.executeWithoutResult(status -> {
			upsert(USER + userId, 0, null, FOREVER, true);
			event(clock.localNow(), userId, null, Way.ADMIN, "LOCKED",
					UserTexts.text(WebConfiguration.VIETNAMESE, "record.identity.by", by));
		});
		LOG.warn("Account {} locked by {}", userId, by);
	}

	/** An administrator lifts every hold of an account or address ("user:…", "address:…"). */
	public void unlock(String subject, String by) {
		ownTransaction.executeWithoutResult(status -> {
			jdbc.sql("delete from login_throttle where subject = ?").param(subject).update();
			event(clock.localNow(), subject.startsWith(USER) ? subject.substring(USER.length()) : null,
					subject.startsWith(ADDRESS) ? subject.substring(ADDRESS.length()) : null, Way.ADMIN, "UNLOCKED",
					UserTexts.text(WebConfiguration.VIETNAMESE, "record.identity.by", by));
		});
		LOG.warn("{} unlocked by {}", subject, by);
	}

	private int fail(String subject, LocalDateTime now, int free, Duration first, Duration max) {
		var current = jdbc.sql("select failures, last_failure, held_by_admin from login_throttle where subject = ? for update")
			.param(subject)
			.query((rs, row) -> new Object[] { rs.getInt("failures"), local(rs, "last_failure"),
					rs.getBoolean("held_by_admin") })
			.optional();
		int failures = 1;
		if (current.isPresent()) {
			LocalDateTime last = (LocalDateTime) current.get()[1];
			failures = last != null && last.plus(settings.forgetAfter()).isAfter(now) ? (int) current.get()[0] + 1 : 1;
			if ((boolean) current.get()[2]) {
				jdbc.sql("update login_throttle set failures = ?, last_failure = ? where subject = ?")
					.params(failures, now, subject)
					.update();
				return failures;
			}
		}
		LocalDateTime until = failures > free ? now.plus(holdFor(failures - free, first, max)) : null;
		upsert(subject, failures, now, until, false);
		if (until != null) {
			LOG.warn("{} held until {} after {} failed logins", subject, until, failures);
		}
		return failures;
	}

	/** first, 2 × first, 4 × first… never above max. */
	static Duration holdFor(int beyondFree, Duration first, Duration max) {
		long factor = 1L << Math.min(beyondFree - 1, 30);
		Duration hold = first.multipliedBy(factor);
		return hold.compareTo(max) > 0 || hold.isNegative() ? max : hold;
	}

	private void upsert(String subject, int failures, LocalDateTime last, LocalDateTime until, boolean byAdmin) {
		int updated = jdbc.sql("update login_throttle set failures = ?, last_failure = ?, held_until = ?, held_by_admin = ?"
				+ " where subject = ?")
			.params(failures, last, until, byAdmin, subject)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into login_throttle (subject, failures, last_failure, held_until, held_by_admin)"
						+ " values (?, ?, ?, ?, ?)")
					.params(subject, failures, last, until, byAdmin)
					.update();
			}
			catch (DuplicateKeyException ex) {
				jdbc.sql("update login_throttle set failures = ?, last_failure = ?, held_until = ?, held_by_admin = ?"
						+ " where subject = ?")
					.params(failures, last, until, byAdmin, subject)
					.update();
			}
		}
	}

	private void event(LocalDateTime at, String userId, String address, Way way, String outcome, String detail) {
		jdbc.sql("insert into login_event (at, user_id, address, way, outcome, detail) values (?, ?, ?, ?, ?, ?)")
			.params(at, cut(userId, 300), cut(address, 100), way.name(), outcome, cut(detail, 500))
			.update();
		jdbc.sql("delete from login_event where at < ?").param(at.minusDays(90)).update();
	}

	private static List<String> subjects(String userId, String address) {
		return userId == null ? List.of(ADDRESS + address) : List.of(USER + userId, ADDRESS + address);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static LocalDateTime local(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var value = rs.getTimestamp(column);
		return value == null ? null : value.toLocalDateTime();
	}

}
