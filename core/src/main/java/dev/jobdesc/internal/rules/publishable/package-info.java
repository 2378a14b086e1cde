/** The {@code publishable} profile: whether a posting is ready to go live. Not API. */
package dev.jobdesc.internal.rules.publishable;
