package vn.tdkt.awards.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * How a council counts votes for an award type at one level: the share of the base (all members or those present)
 * a nominee needs, "at least" (the 90 % rule) or "more than" (simple majority).
 */
public record CouncilRule(String awardType, String orgLevel, boolean secretBallot, BigDecimal thresholdPercent,
		boolean thresholdInclusive, String thresholdBase, String legalBasis, Integer quorumNumerator,
		Integer quorumDenominator, String quorumBasis, String certainty, LocalDate validFrom, LocalDate validTo) {

	public static final String ALL_MEMBERS = "ALL_MEMBERS";

	/** Whether enough members are present for the vote to count: present / total at least the quorum fraction. */
	public boolean quorate(int membersTotal, int membersPresent) {
		if (quorumNumerator == null || quorumDenominator == null || quorumDenominator <= 0) {
			return membersPresent > 0;
		}
		return (long) membersPresent * quorumDenominator >= (long) membersTotal * quorumNumerator;
	}

	/** The fewest members present that make the quorum of {@code membersTotal}. */
	public int quorumOf(int membersTotal) {
		if (quorumNumerator == null || quorumDenominator == null || quorumDenominator <= 0) {
			return 1;
		}
		return (int) ((membersTotal * (long) quorumNumerator + quorumDenominator - 1) / quorumDenominator);
	}

	public boolean passes(int votesFor, int membersTotal, int membersPresent) {
		int base = ALL_MEMBERS.equals(thresholdBase) ? membersTotal : membersPresent;
		if (base <= 0) {
			return false;
		}
		BigDecimal share = BigDecimal.valueOf(votesFor * 100L).divide(BigDecimal.valueOf(base), 6, RoundingMode.HALF_UP);
		int cmp = share.compareTo(thresholdPercent);
		return thresholdInclusive ? cmp >= 0 : cmp > 0;
	}

	/** "từ 90% tổng số thành viên trở lên" / "trên 50% số thành viên có mặt": the wording of minutes and records. */
	public String describeVi() {
		return describe(WebConfiguration.VIETNAMESE);
	}

	/** The threshold in a reader's language (the bundle's {@code label.councilrule.*}). */
	public String describe(Locale locale) {
		String base = UserTexts.text(locale,
				ALL_MEMBERS.equals(thresholdBase) ? "label.councilrule.base.all-members" : "label.councilrule.base.present");
		String pct = thresholdPercent.stripTrailingZeros().toPlainString() + "%";
		String threshold = UserTexts.text(locale,
				thresholdInclusive ? "label.councilrule.at-least" : "label.councilrule.more-than", pct, base);
		return secretBallot ? UserTexts.text(locale, "label.councilrule.secret-ballot", threshold) : threshold;
	}

}
