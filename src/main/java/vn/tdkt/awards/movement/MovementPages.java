package vn.tdkt.awards.movement;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.system.AppClock;
import vn.tdkt.awards.system.ConflictException;
import vn.tdkt.awards.system.InvalidInputException;
import vn.tdkt.awards.system.NotFoundException;
import vn.tdkt.awards.system.UserTexts;

/** Administrators' pages to launch and edit movements ({@code /admin/**} is for administrators only). */
@Controller
@RequestMapping("/admin/movements")
class MovementPages {

	private final MovementRepository movements;

	private final MovementService service;

	private final OrgRepository orgs;

	private final AppClock clock;

	private final MovementUsages usages;

	MovementPages(MovementRepository movements, MovementService service, OrgRepository orgs, AppClock clock,
			MovementUsages usages) {
		this.usages = usages;
		this.movements = movements;
		this.service = service;
		this.orgs = orgs;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("movements", movements.findAll());
		model.addAttribute("usage", usages.usage());
		model.addAttribute("orgNames", orgNames());
		return "admin/movements";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(MovementInput.blank(clock.today().getYear()), true, Map.of(), model);
	}

	@PostMapping("/new")
	String launch(@Valid @ModelAttribute("form") MovementInput input, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(input, true, errors(binding), model);
		}
		try {
			Movement movement = service.launch(input);
			redirect.addFlashAttribute("saved", movement.code());
			return "redirect:/admin/movements";
		}
		catch (InvalidInputException ex) {
			return form(input, true, Map.of(ex.field(), ex.getLocalizedMessage()), model);
		}
		catch (ConflictException ex) {
			return form(input, true, Map.of("code", ex.getLocalizedMessage()), model);
		}
	}

	@GetMapping("/{code}")
	String editForm(@PathVariable String code, Model model) {
		Movement movement = movements.find(code).orElseThrow(() -> new NotFoundException("error.movement.not-found", code));
		return form(MovementInput.of(movement), false, Map.of(), model);
	}

	@PostMapping("/{code}")
	String edit(@PathVariable String code, @Valid @ModelAttribute("form") MovementInput input, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		MovementInput shown = new MovementInput(code, input.name(), input.launchedBy(), input.planNumber(),
				input.planDate(), input.periodFrom(), input.periodTo(), input.leadAgency(), input.status());
		if (binding.hasErrors()) {
			return form(shown, false, errors(binding), model);
		}
		try {
			service.edit(code, input);
			redirect.addFlashAttribute("saved", code);
			return "redirect:/admin/movements";
		}
		catch (InvalidInputException ex) {
			return form(shown, false, Map.of(ex.field(), ex.getLocalizedMessage()), model);
		}
	}

	private String form(MovementInput input, boolean creating, Map<String, String> errors, Model model) {
		model.addAttribute("form", input);
		model.addAttribute("creating", creating);
		model.addAttribute("errors", errors);
		model.addAttribute("orgs", orgs.findAll());
		model.addAttribute("statuses", MovementStatus.values());
		return "admin/movement-form";
	}

	private Map<String, String> orgNames() {
		Map<String, String> names = new LinkedHashMap<>();
		orgs.findAll().forEach(o -> names.put(o.code(), o.name()));
		return names;
	}

	private static Map<String, String> errors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.isBindingFailure()
				? UserTexts.text("error.movement.invalid-value") : String.valueOf(e.getDefaultMessage())));
		return errors;
	}

}
