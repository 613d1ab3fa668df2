package dev.aorhub.delivery.web;

import java.util.List;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.TimeEntryImporter;
import dev.aorhub.delivery.application.TimeImportRejectedException;
import dev.aorhub.delivery.application.TimeImportResult;
import dev.aorhub.delivery.importing.TimeCsvFile;
import dev.aorhub.delivery.importing.TimeImportPreset;
import dev.aorhub.delivery.importing.TimeImportTooLargeException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The time import page: a file, the product it was exported from, whether to keep the
 * good rows and (admins) to record it as approved history; the answer shows the counts
 * and every rejected row by line, on the same page.
 */
@Controller
@CanEdit
@RequestMapping("/time/import")
class TimeImportPagesController {

	private final TimeEntryImporter importer;

	TimeImportPagesController(TimeEntryImporter importer) {
		this.importer = importer;
	}

	@GetMapping
	String start(Model model) {
		return page(model, "standard", false, false, null, null);
	}

	@PostMapping
	@RateLimited(LimitedOperation.IMPORT)
	String receive(CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "standard") String preset,
			@RequestParam(defaultValue = "false") boolean partial,
			@RequestParam(defaultValue = "false") boolean approved, Model model) {
		if (file == null || file.isEmpty()) {
			return page(model, preset, partial, approved, "Choose a CSV file to upload.", null);
		}
		try {
			TimeImportPreset format = TimeImportPreset.of(preset);
			TimeEntryStatus status = (approved && user.isAdmin()) ? TimeEntryStatus.APPROVED : null;
			TimeImportResult result = this.importer.importFile(user, file.getOriginalFilename(),
					TimeEntryImportApiController.bytes(file), format, status, partial);
			return page(model, preset, partial, approved, null, result);
		}
		catch (TimeImportRejectedException ex) {
			return page(model, preset, partial, approved, null, ex.result());
		}
		catch (TimeImportTooLargeException ex) {
			return page(model, preset, partial, approved, ex.getMessage(), null);
		}
		catch (InvalidInputException ex) {
			return page(model, preset, partial, approved,
					"The " + ex.problems().get(0).field() + " " + ex.problems().get(0).message() + ".", null);
		}
	}

	private static String page(Model model, String preset, boolean partial, boolean approved, String fileError,
			TimeImportResult result) {
		model.addAttribute("presets", TimeImportPreset.ALL);
		model.addAttribute("preset", preset);
		model.addAttribute("partial", partial);
		model.addAttribute("approved", approved);
		model.addAttribute("fileError", fileError);
		model.addAttribute("result", result);
		model.addAttribute("maxMegabytes", TimeCsvFile.MAX_BYTES / 1024 / 1024);
		model.addAttribute("maxRows", TimeCsvFile.MAX_ROWS);
		model.addAttribute("columns", List.of("date", "user_email", "client", "sow", "hours", "billable", "note"));
		return "delivery/time-import";
	}

}
