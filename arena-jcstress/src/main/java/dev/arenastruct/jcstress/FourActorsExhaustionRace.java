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
@Description("Four threads race for 40 bytes at 8, 24 at 8, 16 at 16 and 8 at 64 (the last with allocate, which "
        + "must throw ArenaExhaustedException with its numbers) in a 64-byte ConcurrentArena: who wins depends on "
        + "the order, but the winners never overlap or exceed the block, a refused claim never fits in what is "
        + "left, and the counters add up.")
@Outcome(id = "ok claimed=.*", expect = ACCEPTABLE, desc = "A sound set of winners (which set depends on the order).")
@Outcome(expect = FORBIDDEN, desc = "Overlap, out of block, a refused claim that fits, a bad exception or counters.")
@State
public class FourActorsExhaustionRace extends Claims {
    public FourActorsExhaustionRace() {
        super(64, new long[] {40, 24, 16, 8}, new long[] {8, 8, 16, 64});
    }

    @Actor
    public void a() {
        tryClaim(0);
    }

    @Actor
    public void b() {
        tryClaim(1);
    }

    @Actor
    public void c() {
        tryClaim(2);
    }

    @Actor
    public void d() {
        claim(3);
    }

    @Arbiter
    public void check(L_Result r) {
        r.r1 = verdict();
    }
}
