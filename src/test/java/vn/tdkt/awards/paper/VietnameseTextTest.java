package vn.tdkt.awards.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates written one way in the date line and in every citation (Decree 30/2020, Appendix I). */
class VietnameseTextTest {

	@Test
	void aDayBelowTenAndAMonthBelowThree_takeALeadingZero_inTheDateLineAndInCitations() {
		assertThat(VietnameseText.date(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
		assertThat(VietnameseText.date(LocalDate.of(2026, 12, 7))).isEqualTo("ngày 07 tháng 12 năm 2026");
		assertThat(VietnameseText.date(LocalDate.of(2022, 6, 13))).isEqualTo("ngày 13 tháng 6 năm 2022");
		assertThat(VietnameseText.dateLine("Nam Định", LocalDate.of(2026, 12, 7)))
			.isEqualTo("Nam Định, ngày 07 tháng 12 năm 2026");
	}

}
