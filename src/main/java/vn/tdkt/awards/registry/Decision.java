package vn.tdkt.awards.registry;

import java.time.LocalDate;

/** A signed decision (quyết định khen thưởng). */
public record Decision(long id, String dossierId, String authorityOrg, int year, String number, LocalDate date,
		String signer, String signerTitle) {
}
