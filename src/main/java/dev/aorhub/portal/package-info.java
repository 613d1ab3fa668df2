/**
 * The client-facing pages and API, composed from the other modules' APIs.
 */
package dev.aorhub.portal;
