package dev.aorhub.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for changing agency records: every staff role except
 * {@link Role#VIEWER} (and never a {@link Role#CLIENT} user). Anyone else gets a 403.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN','ACCOUNT','STRATEGY','CREATIVE','MEDIA','FINANCE','NEW_BUSINESS')")
public @interface CanEdit {

}
