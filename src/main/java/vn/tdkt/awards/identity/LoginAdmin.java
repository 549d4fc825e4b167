package vn.tdkt.awards.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.awards.system.UserTexts;


/** What administrators see of logins: recent logins, failures, holds and locks; they lock and unlock accounts. */
final class LoginAdmin {

	private LoginAdmin() {
	}

	/** {@code /admin/logins}. */
	@Controller
	@RequestMapping("/admin/logins")
	static class Pages {

		private final LoginThrottle throttle;

		private final LoginRecords records;

		Pages(LoginThrottle throttle, LoginRecords records) {
			this.throttle = throttle;
			this.records = records;
		}

		@GetMapping
		String list(Model model) {
			model.addAttribute("subjects", records.subjects());
			model.addAttribute("events", records.events(200));
			return "admin/logins";
		}

		@PostMapping("/lock")
		String lock(@AuthenticationPrincipal AppUser admin, @RequestParam String user, RedirectAttributes redirect) {
			String id = user == null ? "" : user.trim();
			if (id.isEmpty() || id.equals(admin.id())) {
				redirect.addFlashAttribute("done", UserTexts.text(id.isEmpty() ? "page.identity.user-missing"
						: "page.identity.no-self-lock"));
				return "redirect:/admin/logins";
			}
			throttle.lock(id, admin.id());
			redirect.addFlashAttribute("done", UserTexts.text("page.identity.locked", id));
			return "redirect:/admin/logins";
		}

		@PostMapping("/unlock")
		String unlock(@AuthenticationPrincipal AppUser admin, @RequestParam String subject, RedirectAttributes redirect) {
			throttle.unlock(subject, admin.id());
			redirect.addFlashAttribute("done", UserTexts.text("page.identity.unlocked", subject));
			return "redirect:/admin/logins";
		}

	}

	/** {@code GET /api/admin/logins} (administrators). */
	@RestController
	@RequestMapping("/api/admin/logins")
	static class Api {

		private final LoginRecords records;

		Api(LoginRecords records) {
			this.records = records;
		}

		@Operation(summary = "Accounts and addresses with failed logins or holds, and the latest login events")
		@GetMapping
		@ResponseBody
		Logins list() {
			return new Logins(records.subjects(), records.events(200));
		}

		/** Who is held or has failed, and the latest 200 login events. */
		record Logins(List<LoginRecords.Subject> subjects, List<LoginRecords.Event> events) {
		}

	}

}
