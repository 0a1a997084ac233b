/** Configuration of the service: accounts, sync schedule, API tokens, credential key; checked at startup. */
package io.engagementhub.app.config;
