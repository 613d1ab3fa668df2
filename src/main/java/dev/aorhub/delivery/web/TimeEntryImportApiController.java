package dev.aorhub.delivery.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.TimeEntryImporter;
import dev.aorhub.delivery.application.TimeImportRejectedException;
import dev.aorhub.delivery.application.TimeImportResult;
import dev.aorhub.delivery.application.TimeImportResult.LineError;
import dev.aorhub.delivery.importing.TimeCsvFile;
import dev.aorhub.delivery.importing.TimeImportPreset;
import dev.aorhub.delivery.importing.TimeImportTooLargeException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.Problems;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports time entries from CSV: multipart {@code file} in AOR Hub's format
 * ({@code date,user_email,client,sow,hours,billable,note}) or, with
 * {@code ?preset=harvest|toggl|clockify|kimai}, that product's export;
 * {@code ?status=APPROVED} records history as approved (admins); {@code ?partial=true}
 * keeps the good rows. Otherwise all or nothing: one bad row answers 422 with every row's
 * problems by line, as the clients import does, and saves nothing.
 */
@Tag(name = "Time entries")
@RestController
class TimeEntryImportApiController {

	/** What an import that saved its rows answers. */
	record ImportResponse(int rowsRead, int rowsImported, int rowsRejected, List<LineError> errors) {

		static ImportResponse of(TimeImportResult result) {
			return new ImportResponse(result.rowsRead(), result.rowsImported(), result.rowsRejected(), result.errors());
		}

	}

	private final TimeEntryImporter importer;

	TimeEntryImportApiController(TimeEntryImporter importer) {
		this.importer = importer;
	}

	@Operation(summary = "Import time entries from CSV, ours or a Harvest, Toggl Track, Clockify or Kimai export")
	@PostMapping(path = "/api/v1/time-entries/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RateLimited(LimitedOperation.IMPORT)
	ImportResponse importEntries(CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String preset, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean partial) {
		TimeImportPreset format = TimeImportPreset.of(preset);
		TimeEntryStatus importAs = status(status);
		return ImportResponse
			.of(this.importer.importFile(user, file.getOriginalFilename(), bytes(file), format, importAs, partial));
	}

	@ExceptionHandler(TimeImportRejectedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail rejected(TimeImportRejectedException ex) {
		TimeImportResult result = ex.result();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", ex.getMessage());
		problem.setProperty("rowsRead", result.rowsRead());
		problem.setProperty("rowsImported", result.rowsImported());
		problem.setProperty("rowsRejected", result.rowsRejected());
		problem.setProperty("errors", result.errors());
		return problem;
	}

	@ExceptionHandler(TimeImportTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	ProblemDetail tooLarge(TimeImportTooLargeException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", ex.getMessage());
	}

	/** The status to import as; null (DRAFT) when left out. */
	static TimeEntryStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return TimeEntryStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be DRAFT, SUBMITTED or APPROVED");
		}
	}

	/** The upload's bytes, refused before reading when over the import's limit. */
	static byte[] bytes(MultipartFile file) {
		if (file.getSize() > TimeCsvFile.MAX_BYTES) {
			throw new TimeImportTooLargeException("The file is larger than " + (TimeCsvFile.MAX_BYTES / 1024 / 1024)
					+ " MB; split it into several imports");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
