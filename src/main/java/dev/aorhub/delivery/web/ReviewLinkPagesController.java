package dev.aorhub.delivery.web;

import java.util.List;
import java.util.Map;

import dev.aorhub.delivery.application.ReviewDecisionRequest;
import dev.aorhub.delivery.application.ReviewLinkService;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A review link's page for the client: the asset's current version with its open comments
 * and a form to approve it or ask for changes, under the reviewer's name; no navigation
 * and no link to anything else. Decisions answer with a thank-you page of their own,
 * since an approved asset's link opens nothing any more. Nothing here uses a session (the
 * link's chain has none), so no flash messages.
 */
@Controller
class ReviewLinkPagesController {

	private final ReviewLinkService links;

	ReviewLinkPagesController(ReviewLinkService links) {
		this.links = links;
	}

	@RateLimited(LimitedOperation.REVIEW)
	@GetMapping(path = "/review/{token}", produces = MediaType.TEXT_HTML_VALUE)
	String show(@PathVariable String token, Model model) {
		return page(token, new ReviewDecisionRequest("", ""), Map.of(), null, model);
	}

	@GetMapping("/review/{token}/file")
	ResponseEntity<Resource> file(@PathVariable String token) {
		return CreativeFiles.inline(this.links.openFile(token));
	}

	@GetMapping("/review/{token}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String token) {
		return CreativeFiles.thumbnail(this.links.openThumbnail(token));
	}

	@RateLimited(LimitedOperation.REVIEW)
	@PostMapping(path = "/review/{token}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String approve(@PathVariable String token, @RequestParam(required = false) String name,
			@RequestParam(required = false) String comment, Model model) {
		var form = new ReviewDecisionRequest(comment, name);
		try {
			this.links.approve(token, form, List.of());
			return "redirect:/review/thanks?decision=approved";
		}
		catch (InvalidInputException ex) {
			return page(token, form, FormErrors.of(ex), null, model);
		}
		catch (ConflictException ex) {
			return page(token, form, Map.of(), ex.getMessage(), model);
		}
	}

	@RateLimited(LimitedOperation.REVIEW)
	@PostMapping(path = "/review/{token}/request-changes", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String requestChanges(@PathVariable String token, @RequestParam(required = false) String name,
			@RequestParam(required = false) String comment, Model model) {
		var form = new ReviewDecisionRequest(comment, name);
		try {
			this.links.requestChanges(token, form, List.of());
			return "redirect:/review/thanks?decision=changes";
		}
		catch (InvalidInputException ex) {
			return page(token, form, FormErrors.of(ex), null, model);
		}
		catch (ConflictException ex) {
			return page(token, form, Map.of(), ex.getMessage(), model);
		}
	}

	@GetMapping("/review/thanks")
	String thanks(@RequestParam(required = false) String decision, Model model) {
		model.addAttribute("approved", "approved".equals(decision));
		return "delivery/review-thanks";
	}

	private String page(String token, ReviewDecisionRequest form, Map<String, String> errors, String error,
			Model model) {
		var linked = this.links.open(token);
		model.addAttribute("linked", linked);
		model.addAttribute("pins", CreativeText.pinNumbers(linked.openComments()));
		model.addAttribute("base", ReviewLinkService.PATH + token);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		return "delivery/review-link";
	}

}
