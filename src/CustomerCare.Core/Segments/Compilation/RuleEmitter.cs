// Second compilation pass: turns checked rule trees into one flat array of leaf tests wired by jump targets.
using CustomerCare.Core.Segments.Rfm;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>What the as-of instant fills into a leaf's bounds.</summary>
internal enum PatchKind : byte
{
    /// <summary>Within the last <c>Low</c> units: from t − Low to t.</summary>
    Within,

    /// <summary>At least <c>Low</c> units ago: up to t − Low.</summary>
    AtLeastAgo,

    /// <summary>A birth date for an age from <c>Low</c> to <c>High</c> years (int.MinValue / int.MaxValue for open ends).</summary>
    Age,
}

/// <summary>A leaf whose bounds depend on the classification instant.</summary>
internal readonly record struct RecencyPatch(int Leaf, PatchKind Kind, RecencyUnit Unit, int Low, int High, bool IsInstant);

/// <summary>
/// Emits leaves back to front: a node is compiled with the targets to jump to when it holds and when it does not,
/// so <c>and</c>/<c>or</c> short-circuit by wiring, <c>not</c> swaps the targets, and no node is copied.
/// </summary>
internal sealed class RuleEmitter(
    IReadOnlyDictionary<string, AttributeSlot> attributes,
    IReadOnlyDictionary<string, SegmentRule> segmentRules,
    RfmSegmentMap? rfm,
    int rfmSlot)
{
    public List<Leaf> Leaves { get; } = [];

    public List<ulong> Bitmaps { get; } = [];

    public List<RecencyPatch> Patches { get; } = [];

    /// <summary>Compiles <paramref name="rule"/> and returns its entry target.</summary>
    public int Emit(SegmentRule rule, int onTrue, int onFalse)
    {
        switch (rule)
        {
            case AlwaysRule:
                return onTrue;
            case AndRule and:
                var entry = onTrue;
                for (var i = and.Rules.Count - 1; i >= 0; i--)
                {
                    entry = Emit(and.Rules[i], entry, onFalse);
                }

                return entry;
            case OrRule or:
                entry = onFalse;
                for (var i = or.Rules.Count - 1; i >= 0; i--)
                {
                    entry = Emit(or.Rules[i], onTrue, entry);
                }

                return entry;
            case NotRule not:
                return Emit(not.Rule, onFalse, onTrue);
            case SegmentRefRule reference:
                return Emit(segmentRules[reference.Segment], onTrue, onFalse);
            case RfmRule rfmRule:
                return EmitRfm(rfmRule, onTrue, onFalse);
            case HasValueRule has:
                var slot = attributes[has.Attribute];
                if (slot.Name == CommonAttributes.Age)
                {
                    var birth = Add(LeafOp.Interval, attributes[CommonAttributes.BirthDate].Slot, Program.MinCode, Program.MaxCode, onTrue, onFalse, onFalse);
                    return Add(LeafOp.Interval, slot.Slot, Program.MinCode, Program.MaxCode, onTrue, onFalse, birth);
                }

                return Add(LeafOp.Interval, slot.Slot, Program.MinCode, Program.MaxCode, onTrue, onFalse, onFalse);
            case CompareRule compare:
                return EmitCompare(compare, onTrue, onFalse);
            case BetweenRule between:
                slot = attributes[between.Attribute];
                return Interval(slot, slot.Code(between.Low), slot.Code(between.High), onTrue, onFalse, Missing(between.WhenMissing, onTrue, onFalse));
            case InRule inRule:
                return EmitIn(inRule, onTrue, onFalse);
            case ContainsRule contains:
                return EmitContains(contains, onTrue, onFalse);
            default:
                var recency = (RecencyRule)rule;
                slot = attributes[recency.Attribute];
                var leaf = Add(LeafOp.Interval, slot.Slot, Program.MinCode, Program.MaxCode, onTrue, onFalse, Missing(recency.WhenMissing, onTrue, onFalse));
                Patches.Add(new(leaf, recency.Within ? PatchKind.Within : PatchKind.AtLeastAgo, recency.Unit, recency.Count, 0, slot.Kind == AttributeKind.Instant));
                return leaf;
        }
    }

    private static int Missing(WhenMissing whenMissing, int onTrue, int onFalse) => whenMissing == WhenMissing.Match ? onTrue : onFalse;

    private int EmitCompare(CompareRule compare, int onTrue, int onFalse)
    {
        var slot = attributes[compare.Attribute];
        var missing = Missing(compare.WhenMissing, onTrue, onFalse);
        var code = slot.Code(compare.Value);
        return compare.Op switch
        {
            CompareOp.Equal => Interval(slot, code, code, onTrue, onFalse, missing),
            CompareOp.NotEqual => Interval(slot, code, code, onFalse, onTrue, missing),
            CompareOp.Less => Interval(slot, Program.MinCode, code - 1, onTrue, onFalse, missing),
            CompareOp.LessOrEqual => Interval(slot, Program.MinCode, code, onTrue, onFalse, missing),
            CompareOp.Greater => Interval(slot, code + 1, Program.MaxCode, onTrue, onFalse, missing),
            _ => Interval(slot, code, Program.MaxCode, onTrue, onFalse, missing),
        };
    }

    private int EmitIn(InRule rule, int onTrue, int onFalse)
    {
        var slot = attributes[rule.Attribute];
        var missing = Missing(rule.WhenMissing, onTrue, onFalse);
        if (slot.Kind == AttributeKind.Text)
        {
            var ids = rule.Values.Select(v => (int)slot.Code(v)).ToArray();
            return Member(slot.Slot, slot.TextCount, ids, onTrue, onFalse, missing);
        }

        var entry = onFalse;
        for (var i = rule.Values.Count - 1; i >= 0; i--)
        {
            var code = slot.Code(rule.Values[i]);
            entry = Interval(slot, code, code, onTrue, entry, missing);
        }

        return entry;
    }

    private int EmitContains(ContainsRule rule, int onTrue, int onFalse)
    {
        var slot = attributes[rule.Attribute];
        var missing = Missing(rule.WhenMissing, onTrue, onFalse);
        var masks = new long[slot.Width];
        foreach (var member in rule.Values)
        {
            var id = slot.TextId(member);
            masks[id / 63] |= 1L << (id % 63);
        }

        var entry = rule.All ? onTrue : onFalse;
        for (var w = masks.Length - 1; w >= 0; w--)
        {
            if (masks[w] != 0)
            {
                entry = rule.All
                    ? Add(LeafOp.All, slot.Slot + w, masks[w], 0, entry, onFalse, missing)
                    : Add(LeafOp.Any, slot.Slot + w, masks[w], 0, onTrue, entry, missing);
            }
        }

        return entry;
    }

    private int EmitRfm(RfmRule rule, int onTrue, int onFalse)
    {
        var map = rfm!;
        var wanted = new HashSet<int>();
        foreach (var name in rule.Segments)
        {
            var index = string.Equals(name, map.CatchAll, StringComparison.OrdinalIgnoreCase)
                ? map.Boxes.Count
                : map.Boxes.Select((b, i) => (b, i)).First(x => string.Equals(x.b.Name, name, StringComparison.OrdinalIgnoreCase)).i;
            wanted.Add(index);
        }

        var cells = Enumerable.Range(0, map.CellCount).Where(c => wanted.Contains(map.SegmentOfCell(c))).ToArray();
        return Member(rfmSlot, map.CellCount, cells, onTrue, onFalse, Missing(rule.WhenMissing, onTrue, onFalse));
    }

    // An interval on an attribute; on age, the stated age first and, when it is missing, the birth date as of t.
    private int Interval(AttributeSlot slot, long lo, long hi, int onTrue, int onFalse, int onMissing)
    {
        if (slot.Name != CommonAttributes.Age)
        {
            return Add(LeafOp.Interval, slot.Slot, lo, hi, onTrue, onFalse, onMissing);
        }

        // Ages are whole years: turn the number codes back into whole bounds.
        var low = lo <= Program.MinCode ? int.MinValue : (int)Math.Ceiling(FromNumberCode(lo));
        var high = hi >= Program.MaxCode ? int.MaxValue : (int)Math.Floor(FromNumberCode(hi));
        var birth = Add(LeafOp.Interval, attributes[CommonAttributes.BirthDate].Slot, Program.MinCode, Program.MaxCode, onTrue, onFalse, onMissing);
        Patches.Add(new(birth, PatchKind.Age, RecencyUnit.Years, low, high, false));
        var statedLo = low == int.MinValue ? Program.MinCode : AttributeSlot.NumberCode(low);
        var statedHi = high == int.MaxValue ? Program.MaxCode : AttributeSlot.NumberCode(high);
        return Add(LeafOp.Interval, slot.Slot, statedLo, statedHi, onTrue, onFalse, birth);
    }

    private static double FromNumberCode(long code) => BitConverter.Int64BitsToDouble(code >= 0 ? code : code ^ long.MaxValue);

    private int Member(int slot, int bits, int[] members, int onTrue, int onFalse, int onMissing)
    {
        var offset = Bitmaps.Count;
        var words = Math.Max(1, (bits + 63) / 64);
        for (var i = 0; i < words; i++)
        {
            Bitmaps.Add(0);
        }

        foreach (var member in members)
        {
            Bitmaps[offset + (member >> 6)] |= 1UL << (member & 63);
        }

        return Add(LeafOp.Member, slot, offset, bits, onTrue, onFalse, onMissing);
    }

    private int Add(LeafOp op, int slot, long lo, long hi, int onTrue, int onFalse, int onMissing)
    {
        Leaves.Add(new Leaf { Op = op, Slot = slot, Lo = lo, Hi = hi, OnTrue = onTrue, OnFalse = onFalse, OnMissing = onMissing });
        return Leaves.Count - 1;
    }
}
