package vn.tdkt.awards.paper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A paper's XHTML parsed by a parser factory found once: handed a string, the renderer looked up a SAX parser factory
 * and a transformer on the classpath for every paper (a sixth of a paper's time, issue #22). No DOCTYPE, hence no
 * entity, is accepted: the templates have none, and nothing typed by a user can bring one (Thymeleaf escapes it).
 */
final class PaperXhtml {

	private static final DocumentBuilderFactory FACTORY = factory();

	/** Errors go to the caller, not to the console (the parser's default handler prints them to stderr). */
	private static final ErrorHandler THROW = new ErrorHandler() {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			throw ex;
		}

	};

	private PaperXhtml() {
	}

	static Document parse(String xhtml) {
		try {
			var parser = FACTORY.newDocumentBuilder();
			parser.setErrorHandler(THROW);
			return parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalArgumentException("A paper's XHTML is not well-formed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DocumentBuilderFactory factory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		return factory;
	}

}
