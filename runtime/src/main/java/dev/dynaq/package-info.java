/**
 * Dynaq's public runtime: the types users and generated code share — {@link dev.dynaq.Page},
 * {@link dev.dynaq.Cursor}, {@link dev.dynaq.Condition}, {@link dev.dynaq.Attribute} and its typed
 * subclasses, {@link dev.dynaq.ItemSchema}, the table and query base types, and exceptions.
 */
package dev.dynaq;
