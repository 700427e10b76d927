/**
 * Walk → extract → understand → index, incrementally and durably: which files changed, which are duplicates,
 * which are gone; one outcome per file; periodic commits; the run report.
 * May import: {@code org.travaux.model}, {@code extract}, {@code understand}, {@code index}, SLF4J.
 */
package org.travaux.ingest;
