package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.AllocatedPosition;
import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.allocation.StoredAllocationItem;
import io.optionsv4.core.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Converts an {@link AllocationRun} into what the store keeps (paise, rounded half up). */
final class StoredAllocations {

    private StoredAllocations() {}

    static StoredAllocation of(AllocationRun run) {
        Allocation a = run.allocation();
        List<StoredAllocationItem> items = new ArrayList<>();
        for (AllocatedPosition p : a.positions()) {
            double stopLoss = Math.max(0, -p.candidate().outcomes().stopPnlPerLot()) * p.lots();
            items.add(new StoredAllocationItem(
                    p.candidate().id(),
                    p.tier().ordinal() + 1,
                    p.lots(),
                    paise(p.capitalUsed()),
                    paise(stopLoss),
                    paise(p.expectedNetPnl()),
                    p.kellyFraction(),
                    p.candidate().exposure().betaToNifty()));
        }
        return new StoredAllocation(
                run.analysisDate(),
                run.request().profile(),
                paise(run.request().capital()),
                paise(a.totalMargin()),
                paise(a.expectedNetPnl()),
                items);
    }

    static long paise(double rupees) {
        return Money.ofRupees(rupees, RoundingMode.HALF_UP).paise();
    }
}
