/**
 * The demo's single-table part: customers, their orders and order lines in one shared table
 * ({@link dev.dynaq.examples.single.Store}), one partition per customer, and orders by status over an
 * overloaded global index.
 */
package dev.dynaq.examples.single;
