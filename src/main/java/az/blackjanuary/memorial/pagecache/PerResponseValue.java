package az.blackjanuary.memorial.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A value of a page's model that must be new in every response, such as a form's one-time
 * ticket. A cached page keeps a placeholder in its place, and each response gets its own
 * value.
 */
public interface PerResponseValue {

	/** The name of the model attribute the page renders. */
	String modelAttribute();

	/** A fresh value for this response; it must need no HTML or XML escaping. */
	String issue(HttpServletRequest request);

}
