package org.otbridge.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, in one place on the rule's class (as Error Prone does for its checks); the
 * rule catalog documentation is generated from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** OTB-ARCH-001 and so on; never reused for another meaning. */
    String id();

    Category category();

    /** The default severity; the engine may adjust it by the services the subject touches. */
    Severity severity();

    String title();

    /** Why it matters for operations, uptime and safety, in plain words. */
    String explanation();

    /** What to do instead that fits OT. */
    String recommendation();

    /** Standards and guidance, such as "IEC 62443-3-3 SR 5.1". */
    String[] references() default {};

    /** ATT&CK for ICS technique (T0xxx) and mitigation (M0xxx) ids the rule concerns. */
    String[] attack() default {};
}
