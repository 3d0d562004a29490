/** The annotations that describe a Dynaq entity; read at compile time by {@code dynaq-processor}. */
package dev.dynaq.annotation;
