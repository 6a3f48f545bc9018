package org.otbridge.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.otbridge.model.Ref;

/** Stable finding ids: the same rule on the same subjects gives the same id on every run. */
public final class FindingIds {

    private FindingIds() {
    }

    public static String of(String rule, List<Ref> subjects) {
        StringBuilder key = new StringBuilder(rule);
        for (Ref subject : subjects) {
            key.append('|').append(subject.key());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
