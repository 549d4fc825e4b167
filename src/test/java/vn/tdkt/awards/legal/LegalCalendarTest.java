package vn.tdkt.awards.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.awards.org.OrgLevel;
import vn.tdkt.awards.support.AppTest;

/** Working days and legal durations come from data: holidays, Tết, make-up Saturdays, level-specific limits. */
@AppTest
class LegalCalendarTest {

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	LegalDurations durations;

	@Test
	void tetMovesADeadlinePastTheHolidays() {
		// Friday 13/2/2026 + 1 working day: Tết Bính Ngọ is 16-20/2, so Monday 23/2
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
	}

	@Test
	void weekendsDoNotCountButAMakeUpSaturdayDoes() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 11, 29), 1)).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 2, 23), 1)).isEqualTo(LocalDate.of(2026, 2, 13));
	}

	@Test
	void theLevelsOwnDurationWinsOverTheGenericOne() {
		LocalDate day = LocalDate.of(2026, 3, 2);
		assertThat(durations.require(LegalDurations.APPRAISE, OrgLevel.PROVINCE, day).workingDays()).isEqualTo(15);
		assertThat(durations.require(LegalDurations.APPRAISE, OrgLevel.DISTRICT, day).workingDays()).isEqualTo(10);
		assertThat(durations.require(LegalDurations.APPRAISE, OrgLevel.CENTRAL, day).legalBasis()).contains("Bộ Nội vụ");
	}

	@Test
	void theRuleInForceOnTheDayApplies() {
		assertThat(durations.require(LegalDurations.PUBLIC_POSTING, OrgLevel.PROVINCE, LocalDate.of(2025, 6, 30))
			.legalBasis()).startsWith("Nghị định 98/2023");
		assertThat(durations.require(LegalDurations.PUBLIC_POSTING, OrgLevel.PROVINCE, LocalDate.of(2025, 7, 1))
			.legalBasis()).startsWith("Nghị định 152/2025");
		// posting happens only where a duration exists for exactly that level
		assertThat(durations.findForLevelOnly(LegalDurations.PUBLIC_POSTING, OrgLevel.DISTRICT, LocalDate.of(2025, 7, 1)))
			.isEmpty();
	}

}
