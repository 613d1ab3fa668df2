package dev.aorhub.delivery.web;

import java.util.List;

import dev.aorhub.delivery.web.TimeReportQueries.Key;
import dev.aorhub.delivery.web.TimeReportQueries.Report;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The time report page: a period, up to three keys to group by, the rows with billable
 * share and utilisation, and the same rows as CSV or XLSX.
 */
@Controller
class TimeReportPagesController {

	private final TimeReportQueries reports;

	TimeReportPagesController(TimeReportQueries reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/time")
	String report(CurrentUser viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) List<String> groupBy,
			Model model) {
		String keys = groupBy(groupBy);
		Report report = this.reports.report(viewer.workspaceId(), from, to, keys);
		model.addAttribute("report", report);
		model.addAttribute("groupBy", keys);
		model.addAttribute("chosen", report.keys().stream().map(Key::word).toList());
		model.addAttribute("allKeys", List.of(Key.values()));
		return "delivery/time-report";
	}

	@GetMapping("/reports/time/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) List<String> groupBy) {
		return TimeReportApiController.table(this.reports.report(viewer.workspaceId(), from, to, groupBy(groupBy)))
			.toResponse(ExportFormat.parse(format), "time-report");
	}

	/** The form's selects (blank ones left out) as the API's comma-separated keys. */
	private static String groupBy(List<String> selected) {
		if (selected == null) {
			return "client,user";
		}
		String keys = String.join(",", selected.stream().filter((key) -> key != null && !key.isBlank()).toList());
		return keys.isEmpty() ? "client" : keys;
	}

}
