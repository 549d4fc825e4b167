package vn.tdkt.awards.nomination;

import java.time.LocalDate;
import java.util.List;

/**
 * The documents a dossier must hold before it is submitted (Law 06/2022 art. 84 and 85), by award type and kind of
 * commendation, as the rules in force on the date say; implemented where the documents live.
 */
public interface RequiredDocuments {

	/** One required document type (its code) with the legal basis that asks for it. */
	record Requirement(String documentType, String legalBasis) {
	}

	/** What a dossier of the award type and kind submitted on {@code on} must hold. */
	List<Requirement> required(String awardType, String kind, LocalDate on);

	/** Those of {@link #required} the dossier does not hold yet (no uploaded document of the type). */
	List<Requirement> missing(String dossierId, String awardType, String kind, LocalDate on);

}
