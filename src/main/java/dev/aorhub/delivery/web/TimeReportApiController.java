package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.delivery.web.TimeReportQueries.Key;
import dev.aorhub.delivery.web.TimeReportQueries.Report;
import dev.aorhub.delivery.web.TimeReportQueries.Row;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The time report: hours by client, SOW, campaign, person and month for any period, as
 * JSON or, with {@code format}, as CSV or XLSX.
 */
@Tag(name = "Reports")
@RestController
class TimeReportApiController {

	private final TimeReportQueries reports;

	TimeReportApiController(TimeReportQueries reports) {
		this.reports = reports;
	}

	/** The report's answer; each row names only the keys grouped by. */
	record TimeReportResponse(LocalDate from, LocalDate to, List<String> groupBy, List<Map<String, Object>> rows,
			long totalMinutes, long totalBillableMinutes) {
	}

	@Operation(summary = "Hours by client, SOW, campaign, person and month")
	@GetMapping(path = "/api/v1/reports/time", params = "!format")
	TimeReportResponse report(CurrentUser viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String groupBy) {
		Report report = this.reports.report(viewer.workspaceId(), from, to, groupBy);
		return new TimeReportResponse(report.from(), report.to(), report.keys().stream().map(Key::word).toList(),
				report.rows().stream().map((row) -> json(report, row)).toList(), report.totalMinutes(),
				report.totalBillableMinutes());
	}

	@Operation(summary = "Export the time report as CSV or XLSX")
	@GetMapping(path = "/api/v1/reports/time", params = "format")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return table(this.reports.report(viewer.workspaceId(), from, to, groupBy)).toResponse(exportFormat,
				"time-report");
	}

	static TableExport table(Report report) {
		List<String> headers = new java.util.ArrayList<>();
		for (Key key : report.keys()) {
			switch (key) {
				case CLIENT -> headers.add("Client");
				case SOW -> headers.add("SOW");
				case CAMPAIGN -> headers.add("Campaign");
				case USER -> headers.add("Person");
				case MONTH -> headers.add("Month");
			}
		}
		headers.addAll(List.of("Hours", "Billable hours", "Non-billable hours", "Billable %"));
		if (report.groups(Key.USER)) {
			headers.add("Utilisation %");
		}
		TableExport table = new TableExport("Time report", headers);
		for (Row row : report.rows()) {
			List<Object> cells = new java.util.ArrayList<>();
			for (Key key : report.keys()) {
				cells.add(switch (key) {
					case CLIENT -> row.clientName();
					case SOW -> row.sowNumber();
					case CAMPAIGN -> row.campaignName();
					case USER -> row.userName();
					case MONTH -> row.month().toString();
				});
			}
			cells.add(row.hours());
			cells.add(row.billableHours());
			cells.add(row.hours().subtract(row.billableHours()));
			cells.add(row.billablePercent());
			if (report.groups(Key.USER)) {
				cells.add(row.utilisation());
			}
			table.row(cells.toArray());
		}
		return table;
	}

	private static Map<String, Object> json(Report report, Row row) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (Key key : report.keys()) {
			switch (key) {
				case CLIENT -> {
					json.put("clientId", row.clientId());
					json.put("clientName", row.clientName());
				}
				case SOW -> {
					json.put("sowId", row.sowId());
					json.put("sowNumber", row.sowNumber());
				}
				case CAMPAIGN -> {
					json.put("campaignId", row.campaignId());
					json.put("campaignName", row.campaignName());
				}
				case USER -> {
					json.put("userId", row.userId());
					json.put("userName", row.userName());
					json.put("utilisationPercent", row.utilisation());
				}
				case MONTH -> json.put("month", row.month().toString());
			}
		}
		json.put("minutes", row.minutes());
		json.put("billableMinutes", row.billableMinutes());
		return json;
	}

}
