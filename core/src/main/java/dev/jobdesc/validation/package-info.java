/**
 * Validation of documents: {@link dev.jobdesc.validation.Validator}, its profiles, and the
 * {@link dev.jobdesc.validation.Finding findings} it reports.
 *
 * @since 0.1
 */
package dev.jobdesc.validation;
