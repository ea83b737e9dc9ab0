package az.blackjanuary.memorial.pagecache;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered public pages, each served for a short life
 * ({@code memorial.page-cache.time-to-live}, a second by default) and then rendered
 * again. The short life is what keeps several instances on one database right: a change
 * made on another instance, or a release whose time has come, shows everywhere within it.
 * A change made through this instance empties the cache at once.
 * <p>
 * When a page's life is over, one request renders it again while the others are still
 * served the page they had, for at most one more life; so a thousand visitors do not
 * render it at once.
 */
final class PageCache {

	private final Cache<PageKey, CachedPage> pages;

	private final Clock clock;

	private final long lifeMillis;

	/** Counts the changes: a page rendered while one was made is not kept. */
	private final AtomicLong generation = new AtomicLong();

	PageCache(PageCacheProperties properties, Clock clock) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.<PageKey, CachedPage>weigher((key, page) -> page.size())
			.build();
		this.clock = clock;
		this.lifeMillis = properties.timeToLive().toMillis();
	}

	/**
	 * The page to serve, or null when this caller must render it (and then {@link #keep}
	 * it).
	 */
	CachedPage lookUp(PageKey key) {
		CachedPage page = this.pages.getIfPresent(key);
		if (page == null) {
			return null;
		}
		long age = this.clock.millis() - page.renderedAt();
		if (age >= 0 && age < this.lifeMillis) {
			return page;
		}
		if (age >= 0 && age < 2 * this.lifeMillis && !page.claimRefresh()) {
			return page;
		}
		return null;
	}

	/** The page kept for the key, whatever its age; null if none. */
	CachedPage kept(PageKey key) {
		return this.pages.getIfPresent(key);
	}

	long generation() {
		return this.generation.get();
	}

	long now() {
		return this.clock.millis();
	}

	/**
	 * Keeps a page rendered since {@code generation}, unless a change was made meanwhile.
	 */
	void keep(PageKey key, CachedPage page, long generation) {
		if (this.generation.get() == generation) {
			this.pages.put(key, page);
		}
	}

	/**
	 * Forgets a page that could not be rendered again, so that the next request tries
	 * itself.
	 */
	void forget(PageKey key) {
		this.pages.invalidate(key);
	}

	/**
	 * Something visitors see has changed through this instance: every page is rendered
	 * anew.
	 */
	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

}
