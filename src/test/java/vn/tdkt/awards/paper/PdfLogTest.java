package vn.tdkt.awards.paper;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The PDF renderer logs through the application's logging, at the levels it configures. */
class PdfLogTest {

	static final String PAGE = "<html><head><style>body { font-family: 'Liberation Serif'; }</style></head>"
			+ "<body><p>Bằng khen</p></body></html>";

	@Test
	void rendererMessages_goToTheApplicationsLog_andOnlyAtEnabledLevels() {
		Logger logger = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		Level before = logger.getLevel();
		try {
			PdfRenderer renderer = new PdfRenderer();
			logger.setLevel(Level.INFO);
			assertThat(renderer.pdf(PAGE)).isNotEmpty();
			assertThat(appender.list).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getLoggerName()).startsWith("com.openhtmltopdf."));

			appender.list.clear();
			logger.setLevel(Level.WARN);
			assertThat(renderer.pdf(PAGE)).isNotEmpty();
			assertThat(appender.list).isEmpty();
		}
		finally {
			logger.setLevel(before);
			logger.detachAppender(appender);
		}
	}

}
