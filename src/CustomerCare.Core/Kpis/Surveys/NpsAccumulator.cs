// A running NPS for streams, shards and days: three counters that merge exactly.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Accumulates NPS answers as three counts, so that accumulators of different threads, days or shards merge
/// exactly (<see cref="Merge(in NpsAccumulator)"/>) and equal <see cref="Nps.Calculate(ReadOnlySpan{byte})"/> on the
/// concatenated answers. <c>default</c> is empty. A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct NpsAccumulator
{
    private long _promoters;
    private long _passives;
    private long _detractors;

    /// <summary>Gets the number of answers added.</summary>
    public readonly long Count => _promoters + _passives + _detractors;

    /// <summary>Gets the result so far (NaN score while empty).</summary>
    public readonly NpsResult Result => new(_promoters, _passives, _detractors);

    /// <summary>Adds one answer.</summary>
    /// <param name="score">An answer 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is above 10.</exception>
    public void Add(byte score)
    {
        if (score >= Nps.PromoterThreshold)
        {
            if (score > Nps.MaxScore)
            {
                Preconditions.ThrowOutOfRange(nameof(score), score, "must be a whole answer from 0 to 10");
            }

            _promoters++;
        }
        else if (score > Nps.DetractorThreshold)
        {
            _passives++;
        }
        else
        {
            _detractors++;
        }
    }

    /// <summary>Adds one answer given as <see cref="int"/>, checked against 0–10 (never wrapped to a byte).</summary>
    /// <param name="score">An answer 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 0–10.</exception>
    public void Add(int score)
    {
        if (score is < Nps.MinScore or > Nps.MaxScore)
        {
            Preconditions.ThrowOutOfRange(nameof(score), score, "must be a whole answer from 0 to 10");
        }

        Add((byte)score);
    }

    /// <summary>Adds every answer of <paramref name="scores"/> (vectorised); nothing is added when one is invalid.</summary>
    /// <param name="scores">Answers 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10; the message names its index and value.</exception>
    /// <exception cref="OverflowException">The counts would exceed <see cref="long.MaxValue"/> answers.</exception>
    public void Add(ReadOnlySpan<byte> scores) => Add(Nps.Calculate(scores));

    /// <summary>Adds every answer of <paramref name="scores"/>, each checked against 0–10; nothing is added when one is invalid.</summary>
    /// <param name="scores">Answers 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0–10; the message names its index and value.</exception>
    /// <exception cref="OverflowException">The counts would exceed <see cref="long.MaxValue"/> answers.</exception>
    public void Add(ReadOnlySpan<int> scores) => Add(Nps.Calculate(scores));

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">Another accumulator.</param>
    /// <exception cref="OverflowException">The merged counts would exceed <see cref="long.MaxValue"/> answers; nothing is merged.</exception>
    public void Merge(in NpsAccumulator other) => Add(other.Result);

    private void Add(NpsResult counts)
    {
        var promoters = checked(_promoters + counts.Promoters);
        var passives = checked(_passives + counts.Passives);
        var detractors = checked(_detractors + counts.Detractors);
        _ = checked(promoters + passives + detractors);
        (_promoters, _passives, _detractors) = (promoters, passives, detractors);
    }
}
