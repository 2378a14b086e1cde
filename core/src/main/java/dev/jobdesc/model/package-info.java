/**
 * The job-description model of format version 1: {@link dev.jobdesc.model.JobDescription} (an
 * employer's opening) and {@link dev.jobdesc.model.Role} (the occupation), with their value types.
 *
 * <p>Every type is immutable, built with {@code X.builder()…build()}, copied with {@code withX(…)},
 * and compared by value. Amounts are {@link java.math.BigDecimal} (compared with {@code equals}, so
 * {@code 35000} and {@code 35000.00} differ), dates {@link java.time.LocalDate}, currencies
 * {@link java.util.Currency}. Building a value checks only what the type system needs (required
 * attributes present); everything else model.md states is checked by
 * {@link dev.jobdesc.validation.Validator}, which reports all problems at once.
 *
 * @since 0.1
 */
@ModelStyle
package dev.jobdesc.model;
