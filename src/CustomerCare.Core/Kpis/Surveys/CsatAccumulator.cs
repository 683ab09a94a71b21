// A running CSAT on one scale: counts and sums that merge exactly across threads, days and shards.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// Accumulates CSAT answers on one <see cref="CsatScale"/> (count, satisfied count, sum); merges exactly and equals
/// <see cref="Csat.Calculate(ReadOnlySpan{byte}, CsatScale)"/> on the concatenated answers. Create with
/// <see cref="CsatAccumulator(CsatScale)"/>. <c>default</c> has no scale and is not a valid accumulator: its
/// <see cref="Count"/> is 0, every other member throws <see cref="InvalidOperationException"/>, and passing it to
/// <see cref="Merge(in CsatAccumulator)"/> throws <see cref="ArgumentException"/>.
/// A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct CsatAccumulator
{
    private ScaleScoreAccumulator<CsatScale> _core;

    /// <summary>Creates an empty accumulator for <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale of the answers.</param>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public CsatAccumulator(CsatScale scale)
    {
        Csat.RequireScale(scale);
        _core = new(scale);
    }

    /// <summary>Gets the number of answers added (0 for <c>default</c>).</summary>
    public readonly long Count => _core.Count;

    /// <summary>Gets the result so far.</summary>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public readonly CsatResult Result
    {
        get
        {
            _core.RequireScale(nameof(CsatAccumulator));
            return new(_core.Scale, _core.Counts);
        }
    }

    /// <summary>Adds one answer.</summary>
    /// <param name="answer">A whole answer on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> lies outside the scale.</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public void Add(byte answer) => _core.Add(answer, nameof(CsatAccumulator));

    /// <summary>Adds every answer of <paramref name="answers"/> (vectorised); nothing is added when one is invalid.</summary>
    /// <param name="answers">Whole answers on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value).</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public void Add(ReadOnlySpan<byte> answers) => _core.Add(answers, nameof(CsatAccumulator));

    /// <summary>Adds one answer given as <see cref="int"/>, checked against the scale (never wrapped to a byte).</summary>
    /// <param name="answer">A whole answer on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> lies outside the scale.</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public void Add(int answer) => _core.Add(answer, nameof(CsatAccumulator));

    /// <summary>Adds every answer of <paramref name="answers"/>, each checked against the scale; nothing is added when one is invalid.</summary>
    /// <param name="answers">Whole answers on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside the scale (the message names its index and value).</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The counts would exceed <see cref="long.MaxValue"/>.</exception>
    public void Add(ReadOnlySpan<int> answers) => _core.Add(answers, nameof(CsatAccumulator));

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">An accumulator on the same scale.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <c>default</c> or uses a different scale.</exception>
    /// <exception cref="InvalidOperationException">This accumulator is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The merged counts would exceed <see cref="long.MaxValue"/>.</exception>
    public void Merge(in CsatAccumulator other) => _core.Merge(other._core, nameof(CsatAccumulator));
}
