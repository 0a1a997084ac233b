/** The composition root: builds adapters from configuration and hands them to the domain as ports. */
package io.engagementhub.app.wiring;
