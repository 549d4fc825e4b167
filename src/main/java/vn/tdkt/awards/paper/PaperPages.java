package vn.tdkt.awards.paper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tdkt.awards.identity.AppUser;
import vn.tdkt.awards.nomination.DossierAccess;

/**
 * The paper a leader is about to sign, to read before signing: linked from the sign task's form, opened in the same
 * session as Tasklist, shown in the browser (not downloaded), for whoever may read the dossier.
 */
@Controller
class PaperPages {

	private final PaperService papers;

	private final DossierAccess access;

	PaperPages(PaperService papers, DossierAccess access) {
		this.papers = papers;
		this.access = access;
	}

	@GetMapping("/dossiers/{id}/papers/preview.pdf")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
		access.readable(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("du-thao-" + id + ".pdf").build().toString())
			.body(papers.preview(id, user.id()));
	}

}
