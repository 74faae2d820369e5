package dev.arenastruct.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

@JCStressTest
@Description("Two threads claim two blocks each from one 256-byte ConcurrentArena: 0 bytes at 32 and 7 at 2, against 24 at 8 and 64 at 64 (the last with allocate). All fit even with the worst padding.")
@Outcome(id = "ok claimed=1111", expect = ACCEPTABLE, desc = "All four claims sound.")
@Outcome(expect = FORBIDDEN, desc = "Overlap, misaligned, out of block, not zeroed, a refused claim that fits, a bad "
        + "exception or counters that do not add up.")
@State
public class TwoActorsTwoClaimsEach extends Claims {
    public TwoActorsTwoClaimsEach() {
        super(256, new long[] {0, 7, 24, 64}, new long[] {32, 2, 8, 64});
    }

    @Actor
    public void first() {
        tryClaim(0);
        tryClaim(1);
    }

    @Actor
    public void second() {
        tryClaim(2);
        claim(3);
    }

    @Arbiter
    public void check(L_Result r) {
        r.r1 = verdict();
    }
}
