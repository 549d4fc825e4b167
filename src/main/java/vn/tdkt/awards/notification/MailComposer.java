package vn.tdkt.awards.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.tdkt.awards.notification.Recipients.Recipient;

/**
 * Renders mails from Thymeleaf templates (templates/mail/notification.html and .txt) in the recipient's language,
 * with texts from the message bundle (mail.* keys).
 */
@Component
public class MailComposer {

	private final MessageSource messages;

	private final TemplateEngine templates;

	public MailComposer(MessageSource messages) {
		this.messages = messages;
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
		engine.setTemplateEngineMessageSource(messages);
		this.templates = engine;
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

	/** A label and its value, listed in the mail. */
	public record Fact(String label, String value) {
	}

	/** What a mail says, in message keys and arguments, rendered per recipient. */
	public record Content(String subjectKey, Object[] subjectArgs, String headingKey, String textKey, Object[] textArgs,
			List<String> items, List<Fact> facts, String link, String linkKey) {
	}

	public OutboxMail compose(MailKind kind, String dedupKey, String dossierId, Recipient to, Content content) {
		Locale locale = to.locale();
		Context context = new Context(locale);
		context.setVariable("greeting", text("mail.greeting", locale, to.name()));
		context.setVariable("heading", text(content.headingKey(), locale));
		context.setVariable("text", text(content.textKey(), locale, content.textArgs()));
		context.setVariable("items", content.items());
		context.setVariable("facts", content.facts()
			.stream()
			.map(f -> new Fact(text(f.label(), locale), f.value()))
			.toList());
		context.setVariable("link", content.link());
		context.setVariable("linkLabel", content.linkKey() == null ? null : text(content.linkKey(), locale));
		context.setVariable("footer", text("mail.footer", locale));
		String subject = text(content.subjectKey(), locale, content.subjectArgs());
		return new OutboxMail(dedupKey, kind, dossierId, to.email(), to.userId(), locale.toLanguageTag(), subject,
				templates.process("notification.txt", context), templates.process("notification.html", context));
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
