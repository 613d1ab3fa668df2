package dev.aorhub.contracts.web;

import java.util.UUID;

import dev.aorhub.contracts.application.AttachmentService;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The files of an MSA or a SOW on their pages: attach, download, remove. One set of
 * endpoints serves both; only attaching needs to know which kind of record it is.
 */
@Controller
class ContractFilesPagesController {

	private final AttachmentService attachments;

	ContractFilesPagesController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/{kind:msas|sows}/{id}/attachments")
	String attach(CurrentUser user, @PathVariable String kind, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		try {
			var attachment = kind.equals("msas") ? this.attachments.attachToMsa(user, id, file)
					: this.attachments.attachToSow(user, id, file);
			redirect.addFlashAttribute("flash", "Attached " + attachment.getFileName() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "The file " + ex.problems().get(0).message() + ".");
		}
		return filesOf(kind, id);
	}

	@GetMapping("/{kind:msas|sows}/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(CurrentUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return this.attachments.open(user, id, attachmentId).toResponse();
	}

	@PostMapping("/{kind:msas|sows}/{id}/attachments/{attachmentId}/delete")
	String delete(CurrentUser user, @PathVariable String kind, @PathVariable UUID id, @PathVariable UUID attachmentId,
			RedirectAttributes redirect) {
		this.attachments.delete(user, id, attachmentId);
		redirect.addFlashAttribute("flash", "Removed the file.");
		return filesOf(kind, id);
	}

	private static String filesOf(String kind, UUID id) {
		return "redirect:/" + kind + "/" + id + "#files";
	}

}
