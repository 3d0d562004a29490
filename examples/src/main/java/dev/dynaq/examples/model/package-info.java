/**
 * The demo's shop: customers, their orders (with order lines as nested documents), versioned
 * products, employees, and carts that expire (time to live, with dates and a counter Dynaq maintains). The processor generates {@code Order_}, {@code OrderTable} and
 * {@code OrderAsyncTable} (and the same for every other entity) next to these classes at build time.
 */
package dev.dynaq.examples.model;
