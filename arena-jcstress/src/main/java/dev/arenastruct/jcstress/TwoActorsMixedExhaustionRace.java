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
@Description("Two threads race for a 64-byte ConcurrentArena: 40 bytes at 8 then 8 at 64 (with allocate, which must throw ArenaExhaustedException with its numbers), against 24 at 8 then 16 at 16. Who wins depends on the order; the winners never overlap or leave the block, a refused claim never fits in what is left, the counters add up.")
@Outcome(id = "ok claimed=.*", expect = ACCEPTABLE, desc = "A sound set of winners (which set depends on the order).")
@Outcome(expect = FORBIDDEN, desc = "Overlap, misaligned, out of block, not zeroed, a refused claim that fits, a bad "
        + "exception or counters that do not add up.")
@State
public class TwoActorsMixedExhaustionRace extends Claims {
    public TwoActorsMixedExhaustionRace() {
        super(64, new long[] {40, 8, 24, 16}, new long[] {8, 64, 8, 16});
    }

    @Actor
    public void first() {
        tryClaim(0);
        claim(1);
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
