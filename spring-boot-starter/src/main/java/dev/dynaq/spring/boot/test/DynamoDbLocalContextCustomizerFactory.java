package dev.dynaq.spring.boot.test;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link DynamoDbLocalInitializer} to the context of a test class annotated (directly, through
 * {@link DynaqSpringTest}, or on an enclosing class of a {@code @Nested} one) with
 * {@link AutoConfigureDynamoDbLocal}. Registered in {@code META-INF/spring.factories}.
 */
public class DynamoDbLocalContextCustomizerFactory implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        AutoConfigureDynamoDbLocal annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureDynamoDbLocal.class);
        return annotation == null ? null : new Customizer(new DynamoDbLocalInitializer(annotation.createTables()));
    }

    /** Equal for equal settings, so that Spring's test context cache shares their contexts. */
    private record Customizer(DynamoDbLocalInitializer initializer) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            initializer.initialize(context);
        }
    }
}
