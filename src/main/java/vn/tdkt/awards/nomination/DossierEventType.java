package vn.tdkt.awards.nomination;

import java.util.Locale;

import vn.tdkt.awards.system.UserTexts;
import vn.tdkt.awards.system.WebConfiguration;

/**
 * What happened to a dossier, as the timeline records it. Its label is the bundle's {@code event.<NAME>} (the key the
 * timeline of the pages shows): Vietnamese by {@link #label()}, in a reader's language by {@link #label(Locale)}.
 */
public enum DossierEventType {

	SUBMITTED,
	RECEIVED,
	APPRAISED,
	RETURNED,
	SUPPLEMENTED,
	SUPPLEMENT_EXPIRED,
	REJECTED,
	POSTED,
	OBJECTION_RECEIVED,
	OBJECTION_UPHELD,
	OBJECTION_DISMISSED,
	POSTING_ENDED,
	COUNCIL_VOTED,
	SIGN_RETURNED,
	SUBMISSION_SIGNED,
	DECISION_SIGNED,
	FORWARDED,
	DECIDED,
	NO_NOMINEE_LEFT,
	CLOSED_REJECTED,
	EXPIRED,
	WITHDRAWN,
	DOCUMENT_ADDED,
	REORGANIZED;

	/** The Vietnamese label (task descriptions, papers). */
	public String label() {
		return label(WebConfiguration.VIETNAMESE);
	}

	public String label(Locale locale) {
		return UserTexts.text(locale, "event." + name());
	}

}
