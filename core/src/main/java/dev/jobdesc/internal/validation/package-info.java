/**
 * The validators behind {@link dev.jobdesc.validation.constraints}, and the Hibernate Validator
 * set-up of the {@code structure} profile. Not API.
 */
package dev.jobdesc.internal.validation;
