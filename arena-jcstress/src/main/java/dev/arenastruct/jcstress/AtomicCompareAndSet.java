package dev.arenastruct.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZJ_Result;

@JCStressTest
@Description("Two threads compareAndSetSequence(0, own id) at once: exactly one wins, and the field holds its id.")
@Outcome(id = "true, false, 1", expect = ACCEPTABLE, desc = "The first won.")
@Outcome(id = "false, true, 2", expect = ACCEPTABLE, desc = "The second won.")
@Outcome(expect = FORBIDDEN, desc = "Both or neither won, or the value is not the winner's.")
@State
public class AtomicCompareAndSet {
    private final SlotFlyweight slot = Slots.fresh();

    @Actor
    public void first(ZZJ_Result r) {
        r.r1 = slot.compareAndSetSequence(0, 1);
    }

    @Actor
    public void second(ZZJ_Result r) {
        r.r2 = slot.compareAndSetSequence(0, 2);
    }

    @Arbiter
    public void value(ZZJ_Result r) {
        r.r3 = slot.sequence();
    }
}
