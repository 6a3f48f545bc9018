package org.otbridge.report.html;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML templates, compiled to Java when OT Bridge is built (src/main/jte): every value from
 * the model is HTML-escaped by jte for the place it is written. The page's style and script are
 * resources of this package, inlined into every page; the Content-Security-Policy allows only that
 * script (by its hash) and loads nothing from anywhere.
 */
public final class Templates {

    static final String PACKAGE = "org.otbridge.report.html.templates";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    /** The body a template renders for one parameter, to place in a section. */
    public Content content(String template, Object param) {
        return output -> engine.render(template, param, output);
    }

    /** Writes a whole page. */
    public void page(Page page, Writer out) throws IOException {
        try {
            engine.render("page.jte", page, new WriterOutput(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** A text resource next to this class, such as the page's style sheet. */
    public static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A policy that lets the page run only its own inline script and style and fetch nothing: no
     * images, fonts, frames, connections or form targets from anywhere.
     */
    public static String contentSecurityPolicy(String script) {
        return "default-src 'none'; script-src '" + sha256(script) + "'; style-src 'unsafe-inline'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
