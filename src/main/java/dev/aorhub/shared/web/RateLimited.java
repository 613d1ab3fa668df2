package dev.aorhub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts each request to the controller method against the operation's limits (under
 * {@code aorhub.rate-limits.}); one beyond them answers 429 with {@code Retry-After},
 * before the method runs. The counters are in the database, so every node shares them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RateLimited {

	LimitedOperation value();

}
