// A running CSAT on one scale: counts and sums that merge exactly across threads, days and shards.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Accumulates CSAT answers on one <see cref="CsatScale"/> as count, satisfied count and sum, so that accumulators
/// merge exactly and equal <see cref="Csat.Calculate(ReadOnlySpan{byte}, CsatScale)"/> on the concatenated answers.
/// Create with <see cref="CsatAccumulator(CsatScale)"/>; a <c>default</c> accumulator has no scale and throws.
/// A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct CsatAccumulator
{
    private readonly CsatScale _scale;
    private long _count;
    private long _satisfied;
    private long _sum;

    /// <summary>Creates an empty accumulator for <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale of the answers.</param>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public CsatAccumulator(CsatScale scale)
    {
        Csat.RequireScale(scale);
        _scale = scale;
    }

    /// <summary>Gets the number of answers added.</summary>
    public readonly long Count => _count;

    /// <summary>Gets the result so far.</summary>
    public readonly CsatResult Result => new(_scale, _count, _satisfied, _sum);

    /// <summary>Adds one answer.</summary>
    /// <param name="answer">A whole answer on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> lies outside the scale.</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c> (it has no scale).</exception>
    public void Add(byte answer)
    {
        RequireScale();
        if (answer < _scale.Minimum || answer > _scale.Maximum)
        {
            Preconditions.ThrowOutOfRange(nameof(answer), answer, $"must be a whole answer from {_scale.Minimum} to {_scale.Maximum}");
        }

        _count++;
        _sum += answer;
        _satisfied += answer >= _scale.SatisfiedThreshold ? 1 : 0;
    }

    /// <summary>Adds every answer of <paramref name="answers"/> (vectorised); nothing is added when one is invalid.</summary>
    /// <param name="answers">Whole answers on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value).</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c> (it has no scale).</exception>
    public void Add(ReadOnlySpan<byte> answers)
    {
        RequireScale();
        var tally = ScoreKernel.Tally(answers, _scale.Bands, withSum: true, nameof(answers));
        _count += tally.Count;
        _satisfied += tally.AtOrAboveHigh;
        _sum += tally.Sum;
    }

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">An accumulator on the same scale.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> uses a different scale.</exception>
    public void Merge(in CsatAccumulator other)
    {
        if (other._scale != _scale)
        {
            Preconditions.ThrowArgument(nameof(other), $"other uses the scale {other._scale}, but this accumulator uses {_scale}; only answers on the same scale can be merged.");
        }

        _count += other._count;
        _satisfied += other._satisfied;
        _sum += other._sum;
    }

    private readonly void RequireScale()
    {
        if (_scale.IsDefault)
        {
            throw new InvalidOperationException("This CsatAccumulator is default and has no scale; create it with new CsatAccumulator(scale).");
        }
    }
}
