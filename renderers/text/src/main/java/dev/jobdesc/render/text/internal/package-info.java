/** The text renderer's implementation: not API, may change in any release. */
package dev.jobdesc.render.text.internal;
