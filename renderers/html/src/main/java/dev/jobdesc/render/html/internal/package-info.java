/**
 * The implementation of the HTML renderer: not API, may change in any release. The writer that
 * encodes every string, the layout of page and fragment, the built-in rendering of parts and
 * blocks, the embedded JSON-LD and stylesheet.
 */
package dev.jobdesc.render.html.internal;
