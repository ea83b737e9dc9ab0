package az.blackjanuary.memorial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MemorialApplication {

	public static void main(String[] args) {
		SpringApplication.run(MemorialApplication.class, args);
	}

}
