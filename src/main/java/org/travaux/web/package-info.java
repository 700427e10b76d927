/**
 * The HTTP face of Travaux: {@link org.travaux.web.WebApp#create} declares every route in one place; handlers turn
 * HTTP into calls on {@code search} and back into JSON; errors map to 400/404/500 with {@code {"error","detail"}};
 * every response carries security headers. Also the one JSON codec ({@link org.travaux.web.Json}) that the CLI
 * reuses so {@code search --json} prints exactly what the API returns.
 * May import: {@code org.travaux.model}, {@code search}, {@code ingest}, Javalin, Jackson, SLF4J.
 */
package org.travaux.web;
