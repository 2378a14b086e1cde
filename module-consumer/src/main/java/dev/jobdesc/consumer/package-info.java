/** {@link dev.jobdesc.consumer.Main}, an application of jobdesc on the module path. */
package dev.jobdesc.consumer;
