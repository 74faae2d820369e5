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
@Description("Three threads race for 32 bytes at 8 in a 64-byte ConcurrentArena (its block is 64-aligned, so no "
        + "padding): exactly two win, the loser gets null, and the arena counts 64 bytes claimed, 0 remaining.")
@Outcome(id = "ok claimed=(110|101|011)", expect = ACCEPTABLE, desc = "Two winners, one refused, counters exact.")
@Outcome(expect = FORBIDDEN, desc = "More or fewer winners than fit, overlap, or inconsistent counters.")
@State
public class ThreeActorsExhaustionRace extends Claims {
    public ThreeActorsExhaustionRace() {
        super(64, new long[] {32, 32, 32}, new long[] {8, 8, 8});
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

    @Arbiter
    public void check(L_Result r) {
        r.r1 = verdict();
    }
}
