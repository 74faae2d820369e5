package dev.arenastruct.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

@JCStressTest
@Description("A writer stores the payload with a plain write, then publishes sequence 1 with sequenceRelease; a "
        + "reader that sees sequence 1 through sequenceAcquire must see the payload.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Nothing published yet.")
@Outcome(id = "0, 42", expect = ACCEPTABLE, desc = "The payload is visible early; allowed.")
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "Published and visible.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Published but the payload not visible: release/acquire broken.")
@State
public class AtomicPublication {
    private final SlotFlyweight slot = Slots.fresh();

    @Actor
    public void writer() {
        slot.payload(42);
        slot.sequenceRelease(1);
    }

    @Actor
    public void reader(JJ_Result r) {
        r.r1 = slot.sequenceAcquire();
        r.r2 = slot.payload();
    }
}
