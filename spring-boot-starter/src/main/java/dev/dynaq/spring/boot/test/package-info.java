/**
 * Test support: {@link dev.dynaq.spring.boot.test.DynaqSpringTest @DynaqSpringTest} and
 * {@link dev.dynaq.spring.boot.test.AutoConfigureDynamoDbLocal @AutoConfigureDynamoDbLocal} run the
 * application on the in-process DynamoDB Local of {@code dynaq-testing}, with its tables created.
 * Needs {@code dev.dynaq:dynaq-testing} and {@code spring-boot-starter-test} on the test class path.
 */
package dev.dynaq.spring.boot.test;
