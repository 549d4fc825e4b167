package vn.tdkt.awards.incident;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/incidents}: the stuck dossiers, each with its step, cause and a button to try it again. */
@Controller
@RequestMapping("/admin/incidents")
class StuckStepPages {

	private final StuckSteps steps;

	StuckStepPages(StuckSteps steps) {
		this.steps = steps;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("steps", steps.list());
		return "admin/incidents";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		StuckStep step = steps.retry(id);
		redirect.addFlashAttribute("retried", step.dossierId());
		return "redirect:/admin/incidents";
	}

}
