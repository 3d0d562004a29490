package dev.dynaq.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example application: Dynaq's starter makes {@code OrderTable} a bean, configured by the
 * {@code dynaq.*} properties of {@code application.properties}; {@link OrderController} serves it.
 */
@SpringBootApplication
public class ShopApplication {
    /** @param args Spring Boot's arguments, such as {@code --dynaq.endpoint=http://localhost:8000} */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
