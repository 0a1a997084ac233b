/** Operations: health indicators, metrics, and the log line per sync run. */
package io.engagementhub.app.ops;
