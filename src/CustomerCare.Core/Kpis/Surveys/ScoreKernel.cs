// The vectorised pass behind NPS, CSAT and CES: one read of the answers yields count, sum and the two band counts.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>What one pass over survey answers yields.</summary>
/// <param name="Count">The number of answers.</param>
/// <param name="Sum">The sum of the answers (0 when the sum was not requested).</param>
/// <param name="AtOrBelowLow">Answers less than or equal to the low cut (NPS detractors, CES "hard" band).</param>
/// <param name="AtOrAboveHigh">Answers greater than or equal to the high cut (NPS promoters, CSAT top box).</param>
internal readonly record struct ScoreTally(long Count, long Sum, long AtOrBelowLow, long AtOrAboveHigh);

/// <summary>The bounds and cuts of one tally; every value lies in 0..<see cref="MaxScore"/>.</summary>
internal readonly record struct ScoreBands(byte Min, byte Max, byte Low, byte High)
{
    /// <summary>The largest answer a scale may have: the kernel compares lanes as signed bytes.</summary>
    public const int MaxScore = 100;
}

/// <summary>
/// Counts survey answers with Vector256 or Vector128 kernels and a scalar tail. Lanes are compared as signed
/// bytes (valid answers are at most 100); per-lane byte counters are flushed every 255 vectors so that they
/// never wrap. Validation costs one unsigned max per vector: <c>answer − min</c> must not exceed <c>max − min</c>.
/// </summary>
internal static class ScoreKernel
{
    private const int FlushEvery = 255;

    public static ScoreTally Tally(ReadOnlySpan<byte> scores, ScoreBands bands, bool withSum, string paramName)
    {
        // Stryker disable once Equality,Logical,Boolean,Block : every path returns the same tally for every length; the choice only sets the speed
        if (Vector256.IsHardwareAccelerated && scores.Length >= Vector256<byte>.Count)
        {
            return Tally256(scores, bands, withSum, paramName);
        }

        // Stryker disable once Equality,Logical,Boolean,Block : every path returns the same tally for every length; the choice only sets the speed
        if (Vector128.IsHardwareAccelerated && scores.Length >= Vector128<byte>.Count)
        {
            return Tally128(scores, bands, withSum, paramName);
        }

        return TallyScalar(scores, bands, withSum, paramName);
    }

    public static ScoreTally TallyScalar(ReadOnlySpan<byte> scores, ScoreBands bands, bool withSum, string paramName, int offset = 0)
    {
        var range = (uint)(bands.Max - bands.Min);
        long sum = 0, low = 0, high = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var value = scores[i];
            if ((uint)(value - bands.Min) > range)
            {
                ThrowInvalid(paramName, offset + i, value, bands);
            }

            sum += value;
            low += value <= bands.Low ? 1 : 0;
            high += value >= bands.High ? 1 : 0;
        }

        return new ScoreTally(scores.Length, withSum ? sum : 0, low, high);
    }

    /// <summary>Tallies whole answers given as <see cref="int"/>, checking every value against the bounds first.</summary>
    public static ScoreTally TallyInts(ReadOnlySpan<int> scores, ScoreBands bands, bool withSum, string paramName)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < bands.Min || scores[i] > bands.Max)
            {
                Preconditions.ThrowAt(paramName, i, scores[i], $"must be a whole answer from {bands.Min} to {bands.Max}");
            }
        }

        long sum = 0, low = 0, high = 0;
        foreach (var value in scores)
        {
            sum += value;
            low += value <= bands.Low ? 1 : 0;
            high += value >= bands.High ? 1 : 0;
        }

        return new ScoreTally(scores.Length, withSum ? sum : 0, low, high);
    }

    public static ScoreTally Tally256(ReadOnlySpan<byte> scores, ScoreBands bands, bool withSum, string paramName) =>
        withSum ? Tally256<WithSum>(scores, bands, paramName) : Tally256<WithoutSum>(scores, bands, paramName);

    public static ScoreTally Tally128(ReadOnlySpan<byte> scores, ScoreBands bands, bool withSum, string paramName) =>
        withSum ? Tally128<WithSum>(scores, bands, paramName) : Tally128<WithoutSum>(scores, bands, paramName);

    private static ScoreTally Tally256<TSum>(ReadOnlySpan<byte> scores, ScoreBands bands, string paramName)
        where TSum : struct, ISumMode
    {
        ref var start = ref MemoryMarshal.GetReference(scores);
        var length = (nuint)scores.Length;
        var vectorEnd = length - (length % (nuint)Vector256<byte>.Count);
        var counts = default(BlockCounts);
        for (nuint i = 0; i < vectorEnd;)
        {
            var blockEnd = Math.Min(vectorEnd, i + (FlushEvery * (nuint)Vector256<byte>.Count));
            if (!Block256<TSum>(ref start, i, blockEnd, bands, ref counts))
            {
                ThrowFirstInvalid(scores, (int)i, bands, paramName);
            }

            i = blockEnd;
        }

        var tail = TallyScalar(scores[(int)vectorEnd..], bands, TSum.Enabled, paramName, (int)vectorEnd);
        return new ScoreTally(scores.Length, counts.Sum + tail.Sum, (long)vectorEnd - counts.AboveLow + tail.AtOrBelowLow, counts.High + tail.AtOrAboveHigh);
    }

    private static ScoreTally Tally128<TSum>(ReadOnlySpan<byte> scores, ScoreBands bands, string paramName)
        where TSum : struct, ISumMode
    {
        ref var start = ref MemoryMarshal.GetReference(scores);
        var length = (nuint)scores.Length;
        var vectorEnd = length - (length % (nuint)Vector128<byte>.Count);
        var counts = default(BlockCounts);
        for (nuint i = 0; i < vectorEnd;)
        {
            var blockEnd = Math.Min(vectorEnd, i + (FlushEvery * (nuint)Vector128<byte>.Count));
            if (!Block128<TSum>(ref start, i, blockEnd, bands, ref counts))
            {
                ThrowFirstInvalid(scores, (int)i, bands, paramName);
            }

            i = blockEnd;
        }

        var tail = TallyScalar(scores[(int)vectorEnd..], bands, TSum.Enabled, paramName, (int)vectorEnd);
        return new ScoreTally(scores.Length, counts.Sum + tail.Sum, (long)vectorEnd - counts.AboveLow + tail.AtOrBelowLow, counts.High + tail.AtOrAboveHigh);
    }

    // One block of at most 255 vectors, in a method of its own with no calls inside, so that every vector stays in a
    // register (a throw helper in the same loop made the JIT spill the counters on every iteration).
    // Returns false when the block holds an answer outside the scale; the counts are then not updated.
    private static bool Block256<TSum>(ref byte start, nuint from, nuint to, ScoreBands bands, ref BlockCounts counts)
        where TSum : struct, ISumMode
    {
        var min = Vector256.Create(bands.Min);
        var low = Vector256.Create((sbyte)bands.Low);
        var highMinusOne = Vector256.Create((sbyte)(bands.High - 1));
        var aboveLowLanes = Vector256<byte>.Zero;
        var highLanes = Vector256<byte>.Zero;
        var worst = Vector256<byte>.Zero;
        var sumLanes = Vector256<ushort>.Zero;
        var sadLanes = Vector256<ulong>.Zero;
        var i = from;

        // Two vectors per step halve the loop overhead; a lane still gains at most one per vector, so 255 vectors fit.
        // Stryker disable once Equality : with < a last pair of vectors goes through the one-vector loop below, with the same counts
        for (; i + (2 * (nuint)Vector256<byte>.Count) <= to; i += 2 * (nuint)Vector256<byte>.Count)
        {
            var v0 = Vector256.LoadUnsafe(ref start, i);
            var v1 = Vector256.LoadUnsafe(ref start, i + (nuint)Vector256<byte>.Count);
            worst = Vector256.Max(worst, Vector256.Max(v0 - min, v1 - min));
            var s0 = v0.AsSByte();
            var s1 = v1.AsSByte();
            aboveLowLanes -= Vector256.GreaterThan(s0, low).AsByte() + Vector256.GreaterThan(s1, low).AsByte();
            highLanes -= Vector256.GreaterThan(s0, highMinusOne).AsByte() + Vector256.GreaterThan(s1, highMinusOne).AsByte();
            if (TSum.Enabled)
            {
                if (Avx2.IsSupported)
                {
                    sadLanes += Avx2.SumAbsoluteDifferences(v0, Vector256<byte>.Zero).AsUInt64() + Avx2.SumAbsoluteDifferences(v1, Vector256<byte>.Zero).AsUInt64();
                }
                else
                {
                    sumLanes += Vector256.WidenLower(v0) + Vector256.WidenUpper(v0) + Vector256.WidenLower(v1) + Vector256.WidenUpper(v1);
                }
            }
        }

        for (; i < to; i += (nuint)Vector256<byte>.Count)
        {
            var v = Vector256.LoadUnsafe(ref start, i);
            worst = Vector256.Max(worst, v - min);
            var signed = v.AsSByte();

            // A true lane is all ones (−1), so subtracting the mask adds one to that lane's counter.
            aboveLowLanes -= Vector256.GreaterThan(signed, low).AsByte();
            highLanes -= Vector256.GreaterThan(signed, highMinusOne).AsByte();
            if (TSum.Enabled)
            {
                // vpsadbw adds each group of 8 bytes into a 64-bit lane in one instruction; elsewhere, widen.
                if (Avx2.IsSupported)
                {
                    sadLanes += Avx2.SumAbsoluteDifferences(v, Vector256<byte>.Zero).AsUInt64();
                }
                else
                {
                    sumLanes += Vector256.WidenLower(v) + Vector256.WidenUpper(v);
                }
            }
        }

        if (Vector256.GreaterThanAny(worst, Vector256.Create((byte)(bands.Max - bands.Min))))
        {
            return false;
        }

        counts.AboveLow += SumLanes(aboveLowLanes);
        counts.High += SumLanes(highLanes);
        if (TSum.Enabled)
        {
            counts.Sum += (long)Vector256.Sum(sadLanes) + Vector256.Sum(Vector256.WidenLower(sumLanes) + Vector256.WidenUpper(sumLanes));
        }

        // Stryker disable once Boolean : the counts are added already; false only makes the caller rescan from here, which finds the same first invalid answer or none
        return true;
    }

    private static bool Block128<TSum>(ref byte start, nuint from, nuint to, ScoreBands bands, ref BlockCounts counts)
        where TSum : struct, ISumMode
    {
        var min = Vector128.Create(bands.Min);
        var low = Vector128.Create((sbyte)bands.Low);
        var highMinusOne = Vector128.Create((sbyte)(bands.High - 1));
        var aboveLowLanes = Vector128<byte>.Zero;
        var highLanes = Vector128<byte>.Zero;
        var worst = Vector128<byte>.Zero;
        var sumLanes = Vector128<ushort>.Zero;
        var sadLanes = Vector128<ulong>.Zero;
        for (var i = from; i < to; i += (nuint)Vector128<byte>.Count)
        {
            var v = Vector128.LoadUnsafe(ref start, i);
            worst = Vector128.Max(worst, v - min);
            var signed = v.AsSByte();
            aboveLowLanes -= Vector128.GreaterThan(signed, low).AsByte();
            highLanes -= Vector128.GreaterThan(signed, highMinusOne).AsByte();
            if (TSum.Enabled)
            {
                if (Sse2.IsSupported)
                {
                    sadLanes += Sse2.SumAbsoluteDifferences(v, Vector128<byte>.Zero).AsUInt64();
                }
                else
                {
                    sumLanes += Vector128.WidenLower(v) + Vector128.WidenUpper(v);
                }
            }
        }

        if (Vector128.GreaterThanAny(worst, Vector128.Create((byte)(bands.Max - bands.Min))))
        {
            return false;
        }

        counts.AboveLow += SumLanes(aboveLowLanes);
        counts.High += SumLanes(highLanes);
        if (TSum.Enabled)
        {
            counts.Sum += (long)Vector128.Sum(sadLanes) + Vector128.Sum(Vector128.WidenLower(sumLanes) + Vector128.WidenUpper(sumLanes));
        }

        // Stryker disable once Boolean : the counts are added already; false only makes the caller rescan from here, which finds the same first invalid answer or none
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SumLanes(Vector256<byte> lanes) => Vector256.Sum(Vector256.WidenLower(lanes) + Vector256.WidenUpper(lanes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SumLanes(Vector128<byte> lanes) => Vector128.Sum(Vector128.WidenLower(lanes) + Vector128.WidenUpper(lanes));

    private static void ThrowFirstInvalid(ReadOnlySpan<byte> scores, int from, ScoreBands bands, string paramName)
    {
        var range = (uint)(bands.Max - bands.Min);

        // Stryker disable once Equality : called only for a block that holds an invalid answer, so the loop throws before i reaches the end
        for (var i = from; i < scores.Length; i++)
        {
            if ((uint)(scores[i] - bands.Min) > range)
            {
                ThrowInvalid(paramName, i, scores[i], bands);
            }
        }
    }

    private static void ThrowInvalid(string paramName, int index, byte value, ScoreBands bands) =>
        Preconditions.ThrowAt(paramName, index, value, $"must be a whole answer from {bands.Min} to {bands.Max}");

    private interface ISumMode
    {
        static abstract bool Enabled { get; }
    }

    private struct BlockCounts
    {
        public long AboveLow;
        public long High;
        public long Sum;
    }

    private readonly struct WithSum : ISumMode
    {
        public static bool Enabled => true;
    }

    private readonly struct WithoutSum : ISumMode
    {
        public static bool Enabled => false;
    }
}
