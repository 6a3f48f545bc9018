package org.otbridge.analysis.resilience;

import java.util.Collection;

/**
 * Spreads failures through a {@link FailureModel}: each node counts its inputs that are down and
 * goes down when the count reaches its threshold. The least fixed point, so a cycle of needs
 * (an asset that requires a connection that needs the asset) never takes anything down by
 * itself. Reuses its arrays and resets only what it touched. Not thread-safe.
 */
public final class Propagation {

    private final FailureModel model;
    private final boolean[] down;
    private final int[] downInputs;
    private final int[] touched;
    private int touchedCount;
    private final int[] queue;

    public Propagation(FailureModel model) {
        this.model = model;
        int n = model.nodeCount();
        down = new boolean[n];
        downInputs = new int[n];
        touched = new int[n];
        queue = new int[n];
    }

    /** Fails the given element nodes and everything that then cannot work. */
    public void fail(Collection<Integer> failed) {
        reset();
        int head = 0;
        int tail = 0;
        for (int node : failed) {
            if (!down[node]) {
                markDown(node);
                queue[tail++] = node;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int parent : model.parents(v)) {
                if (down[parent]) {
                    continue;
                }
                if (downInputs[parent] == 0) {
                    touched[touchedCount++] = parent;
                }
                downInputs[parent]++;
                if (downInputs[parent] >= model.threshold(parent)) {
                    markDown(parent);
                    queue[tail++] = parent;
                }
            }
        }
    }

    public boolean isDown(int node) {
        return down[node];
    }

    /** Nodes the last run touched; the down ones among them are exactly the down nodes. */
    int touchedCount() {
        return touchedCount;
    }

    int touchedNode(int i) {
        return touched[i];
    }

    private void markDown(int node) {
        if (!down[node] && downInputs[node] == 0) {
            touched[touchedCount++] = node;
        }
        down[node] = true;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            down[touched[i]] = false;
            downInputs[touched[i]] = 0;
        }
        touchedCount = 0;
    }
}
