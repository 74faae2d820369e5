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
@Description("Four threads claim 0 bytes at 32, 7 at 2, 24 at 8 and 64 at 64 from one 256-byte ConcurrentArena "
        + "(all fit even with the worst padding): every claim is sound whatever the interleaving.")
@Outcome(id = "ok claimed=1111", expect = ACCEPTABLE, desc = "All four claims sound.")
@Outcome(expect = FORBIDDEN, desc = "Overlapping, misaligned, out-of-block, not zeroed, refused or miscounted.")
@State
public class FourActorsClaim extends Claims {
    public FourActorsClaim() {
        super(256, new long[] {0, 7, 24, 64}, new long[] {32, 2, 8, 64});
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
