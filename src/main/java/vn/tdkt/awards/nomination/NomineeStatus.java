package vn.tdkt.awards.nomination;

/** A nominee is pending until it is awarded or dropped (with the level and reason). */
public enum NomineeStatus {

	PENDING, AWARDED, NOT_AWARDED

}
