/**
 * A simulator of Copernica's REST v2 statistics endpoints (Marketing Suite and Publisher), written
 * from the provider facts in {@code docs/providers/copernica.md}, seedable and scriptable from Java.
 */
package io.engagementhub.sandbox.copernica;
