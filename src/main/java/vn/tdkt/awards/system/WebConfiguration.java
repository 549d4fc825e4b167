package vn.tdkt.awards.system;

import java.time.Duration;
import java.util.Locale;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English by {@code ?lang=en} (kept in a cookie) or, for the API, by {@code Accept-Language}; the
 * OpenAPI description of {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(VIETNAMESE);
		// without the cookie: the API answers in the language asked for, pages in Vietnamese
		resolver.setDefaultLocaleFunction(request -> ApiLocale.isApi(request) ? ApiLocale.of(request) : VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

	@Bean
	OpenAPI openApi() {
		return new OpenAPI()
			.info(new Info().title("Award workflow engine API")
				.description("Hồ sơ đề nghị khen thưởng: nộp, theo dõi, bổ sung, rút; sổ khen thưởng; dữ liệu danh mục. "
						+ "Errors are RFC 9457 problem details. Reviewers work through engine-rest and the reviewer contract.")
				.version("1"))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
