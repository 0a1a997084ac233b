/** The normalized engagement event, its value types, and the records the ports exchange. */
package io.engagementhub.domain.model;
