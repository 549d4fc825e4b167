package vn.tdkt.awards.movement;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A movement as an administrator launches or edits it ({@code POST /api/movements}, {@code PUT
 * /api/movements/{code}}, the admin pages). On edit the code in the path wins.
 */
public record MovementInput(
		@Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{error.movement.code-pattern}") String code,
		@NotBlank @Size(max = 500) String name, @NotBlank String launchedBy, @Size(max = 60) String planNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planDate, @NotNull @Min(1945) @Max(2100) Integer periodFrom,
		@NotNull @Min(1945) @Max(2100) Integer periodTo, String leadAgency, MovementStatus status) {

	public static MovementInput of(Movement m) {
		return new MovementInput(m.code(), m.name(), m.launchedBy(), m.planNumber(), m.planDate(), m.periodFrom(),
				m.periodTo(), m.leadAgency(), MovementStatus.valueOf(m.status()));
	}

	public static MovementInput blank(int year) {
		return new MovementInput(null, null, null, null, null, year, year, null, MovementStatus.ACTIVE);
	}

}
