/**
 * For frameworks, not for application code: the index of an application's generated tables.
 * Dynaq's processor writes one {@link dev.dynaq.spi.TableIndex} class per compilation and registers it
 * in {@code META-INF/services/dev.dynaq.spi.TableIndex}; {@link dev.dynaq.spi.TableIndex#load(ClassLoader)}
 * finds them all with {@link java.util.ServiceLoader}, so an integration such as the Spring Boot
 * starter creates every table without scanning the class path and without reflection.
 */
package dev.dynaq.spi;
