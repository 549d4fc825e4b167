package vn.tdkt.awards.nomination;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.movement.MovementCounts;

/** What others read of nominations: a person's (the people's pages, eligibility), and the dossiers per movement. */
@Component
@Transactional(readOnly = true)
public class Nominations implements MovementCounts {

	private final NomineeRepository nominees;

	Nominations(NomineeRepository nominees) {
		this.nominees = nominees;
	}

	/** A nomination of a person: the dossier, its award type and year, the nominee's and the dossier's state. */
	public record Nomination(String dossierId, String awardType, int year, String name, String status,
			String dossierStatus) {
	}

	/** The person's nominations, newest dossier first. */
	public List<Nomination> nominationsOf(long personId) {
		return nominees.nominations("n.person_id = ?", personId);
	}

	/** Nominations whose nominee has this ID number. */
	public List<Nomination> nominationsByIdNumber(String idNumber) {
		return nominees.nominations("n.id_number = ?", idNumber);
	}

	/** Nominations whose nominee's name contains the text ({@code %text%} in lower case). */
	public List<Nomination> nominationsByName(String lowerLike) {
		return nominees.nominations("lower(n.name) like ?", lowerLike);
	}

	/** The nominees that are this person. */
	public List<Long> nomineeIdsOf(long personId) {
		return nominees.idsOfPerson(personId);
	}

	/** How many times each of these people was nominated. */
	public java.util.Map<Long, Long> nominationCounts(java.util.Collection<Long> personIds) {
		return nominees.countsByPerson(personIds);
	}

	@Override
	public String what() {
		return "dossiers";
	}

	@Override
	public java.util.Map<String, Long> byMovement() {
		return nominees.dossiersByMovement();
	}

}
