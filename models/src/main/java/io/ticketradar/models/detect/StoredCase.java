package io.ticketradar.models.detect;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.CodedCase;
import io.ticketradar.models.cases.FailureCase;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A failure case as the detector holds it: its codes numbered by the tenant's {@link CodeBook} and the counting
 * keys it contributes. Keys: {@code (target << 32) | context} counts cases of a target in a context (context
 * {@link CodeBook#ALL} for the target alone); the pseudo-targets {@link #EXPOSURE} and {@link #DIAGNOSED_EXPOSURE}
 * count all cases and diagnosed cases in a context: a symptom's share is of all cases, a fault's of the diagnosed
 * ones, since a case whose fault is not known yet cannot have any.
 */
final class StoredCase {

    static final int EXPOSURE = -1;
    static final int DIAGNOSED_EXPOSURE = -2;

    final FailureCase source;
    /** Every code of the case, worked out once for whatever describes the patterns it is in. */
    final CodedCase coded;

    final long day;
    final int[] targets;
    /** Sorted, so membership is a binary search. */
    final int[] contexts;

    final long[] keys;

    StoredCase(FailureCase source, CodeBook book) {
        this.source = source;
        this.coded = CodedCase.of(source, book::canonical);
        this.day = source.day().toEpochDay();
        int[] t = new int[8];
        int[] c = new int[16];
        int nt = 0;
        int nc = 0;
        int model = 0;
        int region = 0;
        int firmware = 0;
        int batch = 0;
        int site = 0;
        for (Code code : coded.codes()) {
            CodeKind.Role role = code.kind().role();
            if (role == CodeKind.Role.DESCRIPTIVE) {
                continue;
            }
            int id = book.id(code);
            if (role == CodeKind.Role.TARGET) {
                t = nt == t.length ? Arrays.copyOf(t, nt * 2) : t;
                t[nt++] = id;
            } else {
                c = nc == c.length ? Arrays.copyOf(c, nc * 2) : c;
                c[nc++] = id;
                switch (code.kind()) {
                    case MODEL -> model = id;
                    case REGION -> region = id;
                    case FIRMWARE -> firmware = id;
                    case BATCH -> batch = id;
                    case SITE -> site = id;
                    default -> {}
                }
            }
        }
        for (CodeKind kind : CodeKind.values()) {
            if (kind.role() == CodeKind.Role.CONTEXT && source.knows(kind)) {
                c = nc == c.length ? Arrays.copyOf(c, nc * 2) : c;
                c[nc++] = book.id(CodeBook.knownMarker(kind));
            }
        }
        book.learnParents(model, region, firmware, batch, site);
        this.targets = Arrays.copyOf(t, nt);
        this.contexts = Arrays.copyOf(c, nc);
        Arrays.sort(this.contexts);
        this.keys = source.counted() ? keys(targets, contexts, source.diagnosed()) : new long[0];
    }

    static long key(int target, int context) {
        return ((long) target << 32) | (context & 0xFFFFFFFFL);
    }

    static int target(long key) {
        return (int) (key >> 32);
    }

    static int context(long key) {
        return (int) key;
    }

    boolean hasContext(int id) {
        return id == CodeBook.ALL || Arrays.binarySearch(contexts, id) >= 0;
    }

    boolean hasContexts(int[] ids) {
        for (int id : ids) {
            if (!hasContext(id)) {
                return false;
            }
        }
        return true;
    }

    boolean hasTarget(int id) {
        for (int t : targets) {
            if (t == id) {
                return true;
            }
        }
        return false;
    }

    /** Whether the case carries every one of these targets and contexts. */
    boolean hasAll(int[] codes) {
        for (int code : codes) {
            if (!hasContext(code) && !hasTarget(code)) {
                return false;
            }
        }
        return true;
    }

    /** Each of the case's targets and contexts. */
    void forEachCode(IntConsumer action) {
        for (int t : targets) {
            action.accept(t);
        }
        for (int c : contexts) {
            action.accept(c);
        }
    }

    boolean counted() {
        return keys.length > 0;
    }

    private static long[] keys(int[] targets, int[] contexts, boolean diagnosed) {
        int perContext = 1 + (diagnosed ? 1 : 0) + targets.length;
        long[] keys = new long[perContext * (contexts.length + 1)];
        int n = 0;
        for (int i = -1; i < contexts.length; i++) {
            int context = i < 0 ? CodeBook.ALL : contexts[i];
            keys[n++] = key(EXPOSURE, context);
            if (diagnosed) {
                keys[n++] = key(DIAGNOSED_EXPOSURE, context);
            }
            for (int target : targets) {
                keys[n++] = key(target, context);
            }
        }
        return keys;
    }
}
