package vn.tdkt.awards.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One real SMTP server (GreenMail) for the test JVM, on a free port every test context is pointed at. Tests may stop
 * it (an SMTP outage) and start it again on the same port.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final int PORT = freePort();

	private static GreenMail server = start();

	public TestMailServer() {
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + PORT);
	}

	private static synchronized GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	/** Mails received before the last outage (a restarted GreenMail starts empty). */
	private static final List<MimeMessage> archive = new java.util.ArrayList<>();

	/** An SMTP outage. */
	public static synchronized void stop() {
		if (server != null) {
			archive.addAll(Arrays.asList(server.getReceivedMessages()));
			server.stop();
			server = null;
		}
	}

	public static synchronized void restart() {
		stop();
		server = start();
	}

	public static synchronized void ensureRunning() {
		if (server == null) {
			server = start();
		}
	}

	/** Every mail received since the JVM started, across outages. */
	public static synchronized List<MimeMessage> received() {
		ensureRunning();
		List<MimeMessage> all = new java.util.ArrayList<>(archive);
		all.addAll(Arrays.asList(server.getReceivedMessages()));
		return all;
	}

	/** Mails received for one address. */
	public static synchronized List<MimeMessage> to(String address) {
		return received().stream().filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text/plain part of a mail, decoded. */
	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** The text/html part of a mail, decoded. */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	private static String part(jakarta.mail.Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String found = part(multipart.getBodyPart(i), type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (jakarta.mail.MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
