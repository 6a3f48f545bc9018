package org.otbridge.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out on first use, once, by whichever thread asks first; the others wait for it.
 * For indexes of large models that many readers share and many never need.
 */
public final class Lazy<T> {

    /** What works the value out; dropped once it has, with whatever it holds on to. */
    private Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = Objects.requireNonNull(compute.get(), "a lazy value is never null");
                    value = known;
                    compute = null;
                }
            }
        }
        return known;
    }
}
