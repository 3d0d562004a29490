/**
 * A shared table ({@link dev.dynaq.it.single.Shop}) of several entity types: customers, their orders and
 * order lines in one partition per customer, sensor measurements with numeric composite keys, and two
 * overloaded global indexes.
 */
package dev.dynaq.it.single;
