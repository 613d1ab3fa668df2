package dev.aorhub.delivery.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for approving people's time: account leads, who know what the work was
 * for, and admins. Unlike {@link dev.aorhub.workspace.CanApprove} (which approves SOWs
 * and also grants finance), finance does not approve hours it did not see worked: it
 * bills them once approved.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN','ACCOUNT')")
public @interface CanApproveTime {

}
