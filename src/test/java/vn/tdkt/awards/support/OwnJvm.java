package vn.tdkt.awards.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose Spring context differs from the shared {@link AppTest} one (another database or data set) runs
 * in a JVM of its own (pom.xml, surefire execution "own-jvm"): Camunda registers every context's engine as
 * "default" in a static registry, so two contexts in one JVM would make the webapps and engine-rest of one talk to
 * the engine of the other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnJvm.TAG)
public @interface OwnJvm {

	String TAG = "own-jvm";

}
