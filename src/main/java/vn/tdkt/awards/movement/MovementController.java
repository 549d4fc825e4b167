package vn.tdkt.awards.movement;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/movements}. */
@RestController
@RequestMapping("/api/movements")
class MovementController {

	private final MovementRepository movements;

	MovementController(MovementRepository movements) {
		this.movements = movements;
	}

	@GetMapping
	List<Movement> list() {
		return movements.findAll();
	}

}
