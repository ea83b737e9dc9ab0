package az.blackjanuary.memorial.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import az.blackjanuary.memorial.MemorialApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more instance of the whole site on a port of its own, over the database a test
 * gives it: several instances on one database, or the same one again after a restart.
 */
public final class SiteInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SiteInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the site on {@code databaseUrl}, with Spring arguments such as
	 * {@code --memorial.x=y}.
	 */
	public static SiteInstance start(String databaseUrl, String... arguments) {
		String[] all = new String[arguments.length + 3];
		all[0] = "--server.port=0";
		all[1] = "--spring.datasource.url=" + databaseUrl;
		all[2] = "--spring.jmx.enabled=false";
		System.arraycopy(arguments, 0, all, 3, arguments.length);
		return new SiteInstance(new SpringApplicationBuilder(MemorialApplication.class).run(all));
	}

	public int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A new visitor's browser, turned to this instance. */
	public SiteClient visitor() {
		return new SiteClient(port());
	}

	/**
	 * A browser signed in as the first administrator, whom the test configuration
	 * creates.
	 */
	public SiteClient firstAdministrator() throws IOException, InterruptedException {
		SiteClient editor = visitor();
		HttpResponse<String> signedIn = editor.submit("/login", "/login",
				Map.of("username", "admin", "password", "first-admin-password"));
		if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/admin")) {
			throw new AssertionError("The first administrator could not sign in: " + signedIn.statusCode());
		}
		return editor;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
