/**
 * Reading extracted text as a documentalist would: paragraphs and their ids, headings and sections, the title
 * (and, as the project grows, symbols, dates, forums, clause kinds, themes and references). Pure functions over
 * {@code model} records: no I/O, no library but the JDK, so every rule can be table-tested with real strings.
 * May import: {@code org.travaux.model} and the JDK.
 */
package org.travaux.understand;
