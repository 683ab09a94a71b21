// The flat evaluator of compiled segment rules: an array of leaf tests wired by jump targets, run without allocating.
using System.Runtime.CompilerServices;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>What a leaf tests.</summary>
internal enum LeafOp : byte
{
    /// <summary><c>Lo ≤ v ≤ Hi</c> on the slot's ordered code.</summary>
    Interval,

    /// <summary><c>(v &amp; Lo) != 0</c>: a set word shares a member with the mask.</summary>
    Any,

    /// <summary><c>(v &amp; Lo) == Lo</c>: a set word holds every member of the mask.</summary>
    All,

    /// <summary><c>v</c> is a bit set in the bitmap that starts at word <c>Lo</c> and has <c>Hi</c> bits.</summary>
    Member,
}

/// <summary>
/// One test of a compiled rule program. A target ≥ 0 is the next leaf; a negative target ends the run and is
/// returned (the first-match program encodes "segment k" as <c>~k</c>). Profiles store every value as a
/// <see cref="long"/> code; <see cref="Program.Missing"/> marks an absent value and sends the run to <see cref="OnMissing"/>.
/// </summary>
internal struct Leaf
{
    public long Lo;
    public long Hi;
    public int Slot;
    public int OnTrue;
    public int OnFalse;
    public int OnMissing;
    public LeafOp Op;
}

/// <summary>Runs leaf programs over a profile's slots.</summary>
internal static class Program
{
    /// <summary>The code of a missing value (no real value encodes to it).</summary>
    public const long Missing = long.MinValue;

    /// <summary>The smallest code of a present value.</summary>
    public const long MinCode = long.MinValue + 1;

    /// <summary>The largest code of a present value.</summary>
    public const long MaxCode = long.MaxValue;

    /// <summary>Runs from <paramref name="start"/> until a terminal (negative) target and returns it. Never allocates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Run(Leaf[] leaves, ulong[] bitmaps, ReadOnlySpan<long> values, int start)
    {
        var i = start;
        while (i >= 0)
        {
            ref readonly var leaf = ref leaves[i];
            var v = values[leaf.Slot];
            if (v == Missing)
            {
                i = leaf.OnMissing;
                continue;
            }

            bool hit;
            switch (leaf.Op)
            {
                case LeafOp.Interval:
                    hit = (ulong)(v - leaf.Lo) <= (ulong)(leaf.Hi - leaf.Lo);
                    break;
                case LeafOp.Any:
                    hit = (v & leaf.Lo) != 0;
                    break;
                case LeafOp.All:
                    hit = (v & leaf.Lo) == leaf.Lo;
                    break;
                default:
                    hit = (ulong)v < (ulong)leaf.Hi && ((bitmaps[leaf.Lo + (v >> 6)] >> (int)(v & 63)) & 1) != 0;
                    break;
            }

            i = hit ? leaf.OnTrue : leaf.OnFalse;
        }

        return i;
    }
}
