package dev.aorhub.delivery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.application.BrandGuidelineRequest;
import dev.aorhub.delivery.application.BrandGuidelineRequest.ColourInput;
import dev.aorhub.delivery.application.BrandGuidelineRequest.RuleInput;
import dev.aorhub.delivery.application.BrandGuidelineService;
import dev.aorhub.delivery.application.BrandGuidelineView;
import dev.aorhub.delivery.domain.BrandGuidelineFile;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static dev.aorhub.shared.web.FormBinding.unreadable;

/**
 * A brand's guidelines page, its form and its files. The form adds and removes rows by a
 * round trip (buttons named {@code action}: {@code add-colour}, {@code remove-colour:2},
 * {@code add-do}, {@code remove-dont:0}…), so it needs no script; {@code save} saves.
 */
@Controller
@RequestMapping("/brands/{brandId}/guidelines")
class BrandGuidelinePagesController {

	private final BrandGuidelineService guidelines;

	BrandGuidelinePagesController(BrandGuidelineService guidelines) {
		this.guidelines = guidelines;
	}

	@GetMapping
	String show(CurrentUser user, @PathVariable UUID brandId, Model model) {
		model.addAttribute("guide", this.guidelines.view(user, brandId));
		model.addAttribute("purposes", BrandGuidelineFile.Purpose.values());
		return "delivery/brand-guideline";
	}

	@CanEdit
	@GetMapping("/edit")
	String edit(CurrentUser user, @PathVariable UUID brandId, Model model) {
		BrandGuidelineView guide = this.guidelines.view(user, brandId);
		BrandGuidelineRequest form = formOf(guide);
		if (guide.colours().isEmpty()) {
			form = withRow(form, "add-colour");
		}
		return form(guide, form, Map.of(), model);
	}

	@CanEdit
	@PostMapping("/edit")
	String save(CurrentUser user, @PathVariable UUID brandId, @ModelAttribute("form") BrandGuidelineRequest form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		BrandGuidelineView guide = this.guidelines.view(user, brandId);
		if (!"save".equals(action)) {
			return form(guide, withRow(form, action), Map.of(), model);
		}
		form = form.withoutEmptyRows();
		try {
			this.guidelines.save(user, brandId, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved the guidelines of " + guide.brandName() + ".");
			return "redirect:/brands/" + brandId + "/guidelines";
		}
		catch (InvalidInputException ex) {
			return form(guide, form, FormErrors.of(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/brands/" + brandId + "/guidelines/edit";
		}
	}

	@CanEdit
	@PostMapping("/files")
	String addFile(CurrentUser user, @PathVariable UUID brandId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String caption,
			RedirectAttributes redirect) {
		try {
			var added = this.guidelines.addFile(user, brandId, purpose, caption, file);
			redirect.addFlashAttribute("flash", "Added " + added.fileName() + ".");
		}
		catch (InvalidInputException ex) {
			var problem = ex.problems().get(0);
			redirect.addFlashAttribute("flashError", label(problem.field()) + " " + problem.message() + ".");
		}
		return "redirect:/brands/" + brandId + "/guidelines#files";
	}

	@GetMapping("/files/{fileId}")
	ResponseEntity<Resource> file(CurrentUser user, @PathVariable UUID brandId, @PathVariable UUID fileId) {
		return this.guidelines.openFile(user, brandId, fileId).toResponse();
	}

	@CanEdit
	@PostMapping("/files/{fileId}/remove")
	String removeFile(CurrentUser user, @PathVariable UUID brandId, @PathVariable UUID fileId,
			RedirectAttributes redirect) {
		this.guidelines.removeFile(user, brandId, fileId);
		redirect.addFlashAttribute("flash", "Removed the file.");
		return "redirect:/brands/" + brandId + "/guidelines#files";
	}

	private static String label(String field) {
		return switch (field) {
			case "file" -> "The file";
			case "caption" -> "The caption";
			case "purpose" -> "What the file shows";
			default -> field;
		};
	}

	private String form(BrandGuidelineView guide, BrandGuidelineRequest form, Map<String, String> errors, Model model) {
		model.addAttribute("guide", guide);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "delivery/brand-guideline-form";
	}

	static BrandGuidelineRequest formOf(BrandGuidelineView guide) {
		return new BrandGuidelineRequest(
				guide.colours().stream().map((c) -> new ColourInput(c.name(), c.hex(), c.usage())).toList(),
				guide.headingFont(), guide.bodyFont(), guide.typographyNotes(), guide.toneOfVoice(),
				guide.dos().stream().map(RuleInput::new).toList(), guide.donts().stream().map(RuleInput::new).toList(),
				guide.version());
	}

	/** The form with a row added or removed, as the button named {@code action} asks. */
	static BrandGuidelineRequest withRow(BrandGuidelineRequest form, String action) {
		List<ColourInput> colours = new ArrayList<>(form.colours());
		List<RuleInput> dos = new ArrayList<>(form.dos());
		List<RuleInput> donts = new ArrayList<>(form.donts());
		String[] parts = action.split(":", 2);
		int index = (parts.length == 2 && parts[1].matches("\\d{1,3}")) ? Integer.parseInt(parts[1]) : -1;
		switch (parts[0]) {
			case "add-colour" -> colours.add(new ColourInput("", "", ""));
			case "add-do" -> dos.add(new RuleInput(""));
			case "add-dont" -> donts.add(new RuleInput(""));
			case "remove-colour" -> remove(colours, index);
			case "remove-do" -> remove(dos, index);
			case "remove-dont" -> remove(donts, index);
			default -> {
				// An unknown button changes nothing: the form shows again as typed.
			}
		}
		return new BrandGuidelineRequest(colours, form.headingFont(), form.bodyFont(), form.typographyNotes(),
				form.toneOfVoice(), dos, donts, form.version());
	}

	private static void remove(List<?> rows, int index) {
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

}
