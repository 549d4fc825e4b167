package vn.tdkt.awards.movement;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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

	@Operation(summary = "Emulation movements, launched and ended")
	@GetMapping
	List<Movement> list() {
		return movements.findAll();
	}

	@Operation(summary = "One movement")
	@GetMapping("/{code}")
	Movement one(@PathVariable String code) {
		return movements.find(code).orElseThrow(() -> new NotFoundException("error.movement.not-found", code));
	}

	@Operation(summary = "Launch a movement (administrators)")
	@PostMapping
	ResponseEntity<Movement> launch(@Valid @RequestBody MovementInput input) {
		Movement movement = service.launch(input);
		return ResponseEntity.created(URI.create("/api/movements/" + movement.code())).body(movement);
	}

	@Operation(summary = "Change a movement (administrators)")
	@PutMapping("/{code}")
	Movement edit(@PathVariable String code, @Valid @RequestBody MovementInput input) {
		return service.edit(code, input);
	}

}
