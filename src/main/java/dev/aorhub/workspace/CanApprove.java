package dev.aorhub.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for approving work inside the agency (a SOW before it goes to the
 * client): the people who answer for scope and money, {@link Role#ADMIN},
 * {@link Role#ACCOUNT} and {@link Role#FINANCE}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN','ACCOUNT','FINANCE')")
public @interface CanApprove {

}
