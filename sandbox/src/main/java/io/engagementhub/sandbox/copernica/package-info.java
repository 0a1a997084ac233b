/**
 * A simulator of Copernica's REST v2 statistics endpoints (Marketing Suite and Publisher), written
 * from {@code shared/reference/copernica-api.md}, seedable and scriptable from Java.
 */
package io.engagementhub.sandbox.copernica;
