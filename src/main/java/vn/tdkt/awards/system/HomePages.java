package vn.tdkt.awards.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (links to the dossiers and to Tasklist) and our login page. */
@Controller
class HomePages {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
