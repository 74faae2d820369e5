package dev.arenastruct.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

@JCStressTest
@Description("Two threads getAndAddSequence(1) at once: each sees a different previous value and the sum is 2.")
@Outcome(id = {"0, 1, 2", "1, 0, 2"}, expect = ACCEPTABLE, desc = "Both increments counted, in either order.")
@Outcome(expect = FORBIDDEN, desc = "An increment lost or seen twice.")
@State
public class AtomicGetAndAdd {
    private final SlotFlyweight slot = Slots.fresh();

    @Actor
    public void first(JJJ_Result r) {
        r.r1 = slot.getAndAddSequence(1);
    }

    @Actor
    public void second(JJJ_Result r) {
        r.r2 = slot.getAndAddSequence(1);
    }

    @Arbiter
    public void total(JJJ_Result r) {
        r.r3 = slot.sequenceVolatile();
    }
}
