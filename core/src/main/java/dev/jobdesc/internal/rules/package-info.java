/**
 * The built-in validation profiles and what their rules share: the walk over a document's text
 * ({@link dev.jobdesc.internal.rules.DocumentText}) and phrase matching. Not API.
 */
package dev.jobdesc.internal.rules;
