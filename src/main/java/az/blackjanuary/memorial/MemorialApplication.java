package az.blackjanuary.memorial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MemorialApplication {

	public static void main(String[] args) {
		OperatorCommand command = OperatorCommand.of(args);
		if (command != null) {
			System.exit(command.run(args));
		}
		SpringApplication.run(MemorialApplication.class, args);
	}

}
