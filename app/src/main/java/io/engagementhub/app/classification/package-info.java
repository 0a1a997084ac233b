/** The service's side of machine-event classification: the reclassification job and its health. */
package io.engagementhub.app.classification;
