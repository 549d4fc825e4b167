package vn.tdkt.awards.paper;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to the application's (SLF4J) under its own names ({@code com.openhtmltopdf.load}, ...).
 * Left alone, it writes some thirty INFO lines per paper straight to the console through a handler of its own,
 * which {@code logging.level} cannot quiet; here its messages are built only when their level is enabled.
 */
final class PdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.info(msg, th);
		}
		else if (value >= Level.FINE.intValue()) {
			logger.debug(msg, th);
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
				: value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
						: value >= Level.INFO.intValue() ? logger.isInfoEnabled()
								: value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}

}
