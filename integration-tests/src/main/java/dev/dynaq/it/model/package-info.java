/**
 * The seed models of the feature documents (Product, Order, BlogPost, Employee), an entity with
 * every supported type, and a versioned bean; compiled by the processor through
 * {@code annotationProcessorPaths}, the way users build.
 */
package dev.dynaq.it.model;
