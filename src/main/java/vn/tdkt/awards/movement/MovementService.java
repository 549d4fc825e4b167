package vn.tdkt.awards.movement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.Texts;
import vn.tdkt.awards.system.NotFoundException;

/** Launches and edits emulation movements, checking what bean validation cannot: references and the period. */
@Service
public class MovementService {

	private final MovementRepository movements;

	private final OrgRepository orgs;

	public MovementService(MovementRepository movements, OrgRepository orgs) {
		this.movements = movements;
		this.orgs = orgs;
	}

	@Transactional
	public Movement launch(MovementInput input) {
		if (input.code() == null || input.code().isBlank()) {
			throw new InvalidInputException("code", "error.movement.code-missing");
		}
		if (movements.find(input.code()).isPresent()) {
			throw new ConflictException("error.movement.code-taken", input.code());
		}
		Movement movement = check(input.code(), input);
		movements.insert(movement);
		return movement;
	}

	@Transactional
	public Movement edit(String code, MovementInput input) {
		if (movements.find(code).isEmpty()) {
			throw new NotFoundException("error.movement.not-found", code);
		}
		Movement movement = check(code, input);
		movements.update(movement);
		return movement;
	}

	private Movement check(String code, MovementInput input) {
		if (orgs.find(input.launchedBy()).isEmpty()) {
			throw new InvalidInputException("launchedBy", "error.movement.unknown-launcher", input.launchedBy());
		}
		String lead = input.leadAgency() == null || input.leadAgency().isBlank() ? null : input.leadAgency();
		if (lead != null && orgs.find(lead).isEmpty()) {
			throw new InvalidInputException("leadAgency", "error.movement.unknown-lead", lead);
		}
		if (input.periodFrom() > input.periodTo()) {
			throw new InvalidInputException("periodTo", "error.movement.period-reversed", input.periodTo(),
					input.periodFrom());
		}
		String plan = Texts.line("planNumber", input.planNumber(), 60);
		String name = Texts.requiredLine("name", input.name(), 500, "error.movement.name-missing");
		MovementStatus status = input.status() == null ? MovementStatus.ACTIVE : input.status();
		return new Movement(code, name, input.launchedBy(), plan, input.planDate(), input.periodFrom(),
				input.periodTo(), lead, status.name());
	}

}
