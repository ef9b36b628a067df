package io.anxin.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Anxin: with no configuration, an embedded Redis and every enabled channel. */
@SpringBootApplication
public class AnxinApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnxinApplication.class, args);
    }
}
