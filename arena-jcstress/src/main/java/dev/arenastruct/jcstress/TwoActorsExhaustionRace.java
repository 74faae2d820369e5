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
@Description("Two threads each claim 32 bytes at 8 twice from a 64-byte ConcurrentArena (64-aligned: no padding): exactly two of the four claims win, and a thread whose claim was refused is refused again.")
@Outcome(id = "ok claimed=(1100|0011|1010)", expect = ACCEPTABLE, desc = "Two winners, counters exact: both of one thread, or the first of each.")
@Outcome(expect = FORBIDDEN, desc = "Overlap, misaligned, out of block, not zeroed, a refused claim that fits, a bad "
        + "exception or counters that do not add up.")
@State
public class TwoActorsExhaustionRace extends Claims {
    public TwoActorsExhaustionRace() {
        super(64, new long[] {32, 32, 32, 32}, new long[] {8, 8, 8, 8});
    }

    @Actor
    public void first() {
        tryClaim(0);
        tryClaim(1);
    }

    @Actor
    public void second() {
        tryClaim(2);
        tryClaim(3);
    }

    @Arbiter
    public void check(L_Result r) {
        r.r1 = verdict();
    }
}
