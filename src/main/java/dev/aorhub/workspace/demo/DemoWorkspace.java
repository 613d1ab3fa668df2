package dev.aorhub.workspace.demo;

import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Where the making of the demo workspace stands. It is made after the application is
 * ready, off the main thread, so the first answer never waits for it; the sign-in page
 * says so while it is under way, and tests await {@link #ready()}.
 */
@Component
public class DemoWorkspace {

	private final CompletableFuture<Outcome> ready = new CompletableFuture<>();

	private volatile boolean beingMade;

	/** What seeding did, once it is over. */
	public enum Outcome {

		/** The demo is off, or the database already had a workspace. */
		NOT_NEEDED,

		/** The demo workspace was made: its login works. */
		MADE,

		/** Making it failed (the log says why); nothing of it was kept. */
		FAILED

	}

	/** Completes when seeding is over, whatever it did; never exceptionally. */
	public CompletableFuture<Outcome> ready() {
		return this.ready.copy();
	}

	/**
	 * Whether the demo workspace is being made right now (its login does not work yet).
	 */
	public boolean isBeingMade() {
		return this.beingMade;
	}

	void started() {
		this.beingMade = true;
	}

	void finished(Outcome outcome) {
		this.beingMade = false;
		this.ready.complete(outcome);
	}

}
