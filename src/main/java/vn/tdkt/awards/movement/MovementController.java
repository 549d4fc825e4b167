package vn.tdkt.awards.movement;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.awards.system.NotFoundException;

/**
 * {@code /api/movements}: everybody reads them; administrators launch ({@code POST}) and edit ({@code PUT}) them
 * (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/movements")
class MovementController {

	private final MovementRepository movements;

	private final MovementService service;

	MovementController(MovementRepository movements, MovementService service) {
		this.movements = movements;
		this.service = service;
	}

	@GetMapping
	List<Movement> list() {
		return movements.findAll();
	}

	@GetMapping("/{code}")
	Movement one(@PathVariable String code) {
		return movements.find(code).orElseThrow(() -> new NotFoundException("Không có phong trào " + code));
	}

	@PostMapping
	ResponseEntity<Movement> launch(@Valid @RequestBody MovementInput input) {
		Movement movement = service.launch(input);
		return ResponseEntity.created(URI.create("/api/movements/" + movement.code())).body(movement);
	}

	@PutMapping("/{code}")
	Movement edit(@PathVariable String code, @Valid @RequestBody MovementInput input) {
		return service.edit(code, input);
	}

}
