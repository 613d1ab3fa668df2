package dev.aorhub.delivery;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * The columns of a campaign's board. A card may move to any other column: work goes back
 * from review, and a done task can be reopened.
 */
public enum TaskStatus implements Lifecycle<TaskStatus> {

	TODO("To do"), IN_PROGRESS("In progress"), IN_REVIEW("In review"), DONE("Done");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "task";
	}

	@Override
	public Set<TaskStatus> next() {
		EnumSet<TaskStatus> others = EnumSet.allOf(TaskStatus.class);
		others.remove(this);
		return others;
	}

}
