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
@Description("Two threads claim 24 bytes at 8 and 40 bytes at 16 from one 128-byte ConcurrentArena: both fit, "
        + "so both get zeroed, aligned bytes inside the block that the other does not get.")
@Outcome(id = "ok claimed=11", expect = ACCEPTABLE, desc = "Both claims sound.")
@Outcome(expect = FORBIDDEN, desc = "Overlapping, misaligned, out-of-block, not zeroed, refused or miscounted.")
@State
public class TwoActorsClaim extends Claims {
    public TwoActorsClaim() {
        super(128, new long[] {24, 40}, new long[] {8, 16});
    }

    @Actor
    public void first() {
        tryClaim(0);
    }

    @Actor
    public void second() {
        tryClaim(1);
    }

    @Arbiter
    public void check(L_Result r) {
        r.r1 = verdict();
    }
}
