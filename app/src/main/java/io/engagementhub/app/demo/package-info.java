/** Demo mode: both provider simulators on loopback, seeded, with one account each. */
package io.engagementhub.app.demo;
