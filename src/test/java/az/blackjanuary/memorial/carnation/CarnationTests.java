package az.blackjanuary.memorial.carnation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import az.blackjanuary.memorial.system.MemorialSiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@MemorialSiteTest
class CarnationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CarnationService carnations;

	@Test
	void layingACarnationAddsExactlyOneAndThanksTheVisitor() {
		long before = this.carnations.total();
		assertThat(this.mvc.post().uri("/carnations").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/?carnation=laid#carnations");
		assertThat(this.carnations.total()).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/?carnation=laid&lang=en")).bodyText()
			.contains("Thank you. Your carnation has been laid.")
			.contains(">" + (before + 1) + "<");
	}

	@Test
	void aPostWithoutCsrfTokenLaysNothing() {
		long before = this.carnations.total();
		assertThat(this.mvc.post().uri("/carnations")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/carnations").with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.carnations.total()).isEqualTo(before);
	}

	@Test
	void concurrentCarnationsAreEachCountedOnce() throws Exception {
		long before = this.carnations.total();
		int threads = 8;
		int each = 50;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Void>> visitors = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				visitors.add(() -> {
					for (int j = 0; j < each; j++) {
						this.carnations.layOne();
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(visitors)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.carnations.total()).isEqualTo(before + threads * each);
	}

}
