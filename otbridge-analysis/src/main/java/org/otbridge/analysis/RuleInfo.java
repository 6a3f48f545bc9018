package org.otbridge.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A built-in rule's metadata, in one place on the rule's class (as Error Prone does for its
 * checks): the rule registry, {@code otbridge rules} and docs/rules.md are built from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** OTB-ARCH-001 and so on; never reused for another meaning. */
    String id();

    Category category();

    /** Which of the three classic mistakes the rule is about. */
    Mistake mistake();

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

    /**
     * The model fields the rule reads, as {@code object.field} of docs/model-fields.md
     * ({@code connection.purpose}, {@code zone.domain}) and {@code control.KIND.parameter} for a
     * control parameter ({@code control.backup.offline_copy}). A test checks each against the model
     * spec, so a rule cannot depend on a field or name convention that users cannot look up.
     */
    String[] reads();
}
