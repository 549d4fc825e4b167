package vn.tdkt.awards.nomination;

import vn.tdkt.awards.award.SubjectType;

/** A collective, individual or household proposed in a dossier, with its own outcome. */
public record Nominee(long id, String dossierId, int seq, SubjectType subjectType, String name, String position,
		String orgName, String achievements, NomineeStatus status, String reason, Integer closedHop, String idNumber,
		java.time.LocalDate birthDate, Gender gender) {
}
