package io.anxin.app.departments;

import io.anxin.core.outbox.Courier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.reactive.function.client.WebClient;

/** The courier that tells departments, with Spring Boot's mail sender when {@code spring.mail.host} is set. */
@Configuration(proxyBeanMethods = false)
class DepartmentConfiguration {

    @Bean
    Courier departmentCourier(ObjectProvider<JavaMailSender> mail,
            @Value("${anxin.departments.mail-from}") String from) {
        return new DepartmentCourier(WebClient.create(), mail.getIfAvailable(), from);
    }
}
