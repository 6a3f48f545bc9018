package org.otbridge.report.view;

import java.util.List;
import java.util.Optional;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.SourcePosition;

/** Where an element of the model was written, for views that point back to the model file. */
public final class Positions {

    private Positions() {
    }

    /** The position of the element a reference names; empty for endpoints and unknown elements. */
    public static Optional<SourcePosition> of(Model model, Ref ref) {
        if (ref.at() != null && ref.at().line() > 0) {
            return Optional.of(ref.at());
        }
        SourcePosition at = switch (ref.kind()) {
            case ASSET -> model.asset(ref.id()).map(a -> a.at()).orElse(null);
            case ZONE -> model.zone(ref.id()).map(z -> z.at()).orElse(null);
            case CONNECTION -> model.connection(ref.id()).map(c -> c.at()).orElse(null);
            case SUPPLIER -> model.supplier(ref.id()).map(s -> s.at()).orElse(null);
            case SERVICE -> model.service(ref.id()).map(s -> s.at()).orElse(null);
            case CONTROL -> model.control(ref.id()).map(c -> c.at()).orElse(null);
            case PERSON -> model.person(ref.id()).map(p -> p.at()).orElse(null);
            case UNIT -> model.unit(ref.id()).map(u -> u.at()).orElse(null);
            case ACCOUNT -> model.account(ref.id()).map(a -> a.at()).orElse(null);
            default -> null;
        };
        return Optional.ofNullable(at).filter(p -> p.line() > 0);
    }

    /** The position of the first subject that has one. */
    public static Optional<SourcePosition> first(Model model, List<Ref> subjects) {
        for (Ref subject : subjects) {
            Optional<SourcePosition> at = of(model, subject);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }
}
