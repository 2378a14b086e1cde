/**
 * Bean Validation constraints of format version 1 that Jakarta's built-in constraints do not
 * express: cross-field rules and codes. Each names its rule id in its message key.
 *
 * @since 0.1
 */
package dev.jobdesc.validation.constraints;
