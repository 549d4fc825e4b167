package vn.tdkt.awards.legal;

import java.time.LocalDate;

/** A legal time limit in working days, with the basis it comes from. {@code orgLevel} "*" applies to every level. */
public record LegalDuration(String code, String orgLevel, int workingDays, String legalBasis, String certainty,
		LocalDate validFrom, LocalDate validTo) {

	public static final String ANY_LEVEL = "*";

}
